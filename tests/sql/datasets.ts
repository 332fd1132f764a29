/** Models and actuals for comparing the generated SQL with `wpcm coach`: the examples, and a seeded random workload. */
import { seededRandom } from '../support/random.js';

/**
 * Two personas (in two models) sharing the KPI name WinRate (rows say whose in `persona`), every
 * target form: per day/week/month/quarter/year counts, currency per month,
 * percent, per term, duration (at most), exact, band, and no numeric target.
 */
export const RANDOM_MODEL = `model "SQL parity"
system CRM "Salesforce"
term Lead "A contact with interest."
persona Hunter "Hunter" {
    motion Prospect "Prospect for leads" {
        goal "Find leads."
        kpi Calls "Calls" { target >= 12 calls per day measured in CRM }
        kpi Meetings "Meetings" { target >= 6 meetings per week measured in CRM }
        kpi Events "Events" { target >= 2 events per month measured in CRM }
    }
    motion Present "Present the solution" {
        goal "Present."
        kpi Opens "Opens per lead" { target >= 2 opens per Lead measured in CRM }
        kpi Demos "Demos" { target = 10 demos measured in CRM }
    }
    motion Close "Close the deal" {
        goal "Close."
        kpi WinRate "Win rate" { target >= 40 % measured in CRM }
        kpi Cycle "Time to close" { target <= 45 days measured in CRM }
        kpi Discount "Discount" { target between 5 % and 12 % measured in CRM }
        kpi Bookings "Bookings" { target >= $50k per month measured in CRM }
    }
    motion Follow "Follow up" {
        goal "Follow up."
        kpi Nps "NPS" { target "above average" measured in CRM }
        kpi Renewals "Renewals" { target >= 3 renewals per quarter measured in CRM }
        kpi Referrals "Referrals" { target >= 12 referrals per year measured in CRM }
    }
    competency Objections "How to handle objections" { supports Close coached by Pat }
}
coach Pat "Pat Lee" { expert in Objections }
`;

/** A second model in the same workspace: names may repeat across models, so rows name the persona. */
export const FARMER_MODEL = `model "SQL parity, accounts"
system CRM "Salesforce"
persona Farmer "Account farmer" {
    motion Grow "Grow the account" {
        goal "Grow."
        kpi WinRate "Upsell win rate" { target >= 60 % measured in CRM }
        kpi Upsells "Upsells" { target > 1 upsell per week measured in CRM }
    }
}
`;

const HUNTER_KPIS = ['Calls', 'Meetings', 'Events', 'Opens', 'Demos', 'WinRate', 'Cycle', 'Discount', 'Bookings', 'Nps', 'Renewals', 'Referrals'];
const RATIO_KPIS = new Set(['Opens', 'WinRate']);

/** About 3,000 rows over two months: 40 hunters and 12 farmers in 6 teams, gaps, zero denominators, unknown KPIs. */
export function randomActuals(seed: number): string {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const teams = ['North', 'South', 'East', 'West', 'Central', 'Remote'];
    const lines = ['persona,date,seller,team,kpi,value,numerator,denominator'];
    const day = (d: number) => new Date(Date.UTC(2026, 1, 1 + d)).toISOString().slice(0, 10);
    const sellers = [
        ...Array.from({ length: 40 }, (_, i) => ({ id: `h${String(i).padStart(2, '0')}`, persona: 'Hunter', kpis: HUNTER_KPIS })),
        ...Array.from({ length: 12 }, (_, i) => ({ id: `f${String(i).padStart(2, '0')}`, persona: 'Farmer', kpis: ['WinRate', 'Upsells'] }))
    ];
    for (const seller of sellers) {
        const team = pick(teams);
        // Some sellers have no data at all for some KPIs.
        const kpis = seller.kpis.filter(() => random() > 0.12);
        const rows = 20 + Math.floor(random() * 60);
        for (let r = 0; r < rows; r++) {
            const kpi = pick(kpis.length > 0 ? kpis : seller.kpis);
            // A seller moves team now and then: the latest row's team wins.
            const rowTeam = random() < 0.05 ? pick(teams) : team;
            const date = day(Math.floor(random() * 59));
            let value = '';
            let numerator = '';
            let denominator = '';
            if (RATIO_KPIS.has(kpi) && random() < 0.8) {
                const den = Math.floor(random() * 6);
                numerator = String(Math.floor(random() * (den + 1) * (kpi === 'Opens' ? 3 : 1)));
                denominator = String(den);
            } else {
                value = String(Math.round(random() * (kpi === 'Bookings' ? 40_000 : kpi === 'Cycle' ? 90 : kpi === 'Discount' ? 20 : 30) * 100) / 100);
            }
            // The persona column by name, by title (farmers, sometimes), or empty where the KPI name is unique.
            const persona = random() < 0.3 && seller.persona === 'Hunter' && kpi !== 'WinRate' ? '' : seller.persona === 'Farmer' && random() < 0.5 ? 'Account farmer' : seller.persona;
            lines.push([persona, date, seller.id, rowTeam, kpi, value, numerator, denominator].join(','));
        }
        if (random() < 0.2) lines.push(`${seller.persona},${day(3)},${seller.id},${team},Emails,4,,`);
    }
    return `${lines.join('\n')}\n`;
}
