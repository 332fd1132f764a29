/**
 * What the coaching report's pages say, once, as a small document model;
 * markdown.ts and html.ts only decide how it looks. A report page for each
 * persona (window, rows, systemic misses, team heatmaps) and one per seller
 * (weakest motion, recommendations, KPI table, chart of attainment by motion).
 */
import type { AttainmentStatus } from '../../model/attainment.js';
import type { CoachingReport, PersonaReport, SellerReport } from '../../coaching/report-schema.js';
import { listWords, plural } from '../../text/words.js';
import { formatActual, formatPercent, formatRank } from './format.js';
import type { CoachingLayout, CoachingNames } from './layout.js';
import { moduleLink } from './layout.js';

/** A link to another page of the report (`page`, no extension) or to a file outside it (`href`). */
export type Inline = string | { readonly text: string; readonly page?: string; readonly href?: string; readonly strong?: boolean };

export interface Cell {
    readonly content: Inline;
    readonly status?: AttainmentStatus | null;
    readonly numeric?: boolean;
}

export type Block =
    | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
    | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
    | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
    | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly Cell[])[]; readonly caption?: string }
    | { readonly kind: 'code'; readonly text: string }
    | { readonly kind: 'chart'; readonly persona: PersonaReport; readonly seller: SellerReport; readonly alt: string };

export interface Page {
    /** Relative path without extension, e.g. "direct-seller/dana". */
    readonly path: string;
    readonly title: string;
    readonly blocks: readonly Block[];
}

export interface ContentContext {
    readonly report: CoachingReport;
    readonly layout: CoachingLayout;
    readonly names: CoachingNames;
}

function windowText(report: CoachingReport): string {
    const w = report.window;
    return w.from && w.to ? `${w.from} to ${w.to} (${plural(w.workingDays, 'working day')})` : 'no data';
}

function rowsText(report: CoachingReport): string {
    const r = report.rows;
    return `Rows read ${r.read}, used ${r.used}, outside the window ${r.outsideWindow}, skipped ${r.skipped}, for KPIs the model does not declare ${r.unknownKpi}.`;
}

function motionTitle(persona: PersonaReport, id: string): string {
    const motion = persona.motions.find(m => m.id === id);
    return motion ? `${motion.step}. ${motion.title}` : id;
}

export function topPage(ctx: ContentContext): Page {
    const { report } = ctx;
    const blocks: Block[] = [
        { kind: 'heading', level: 1, text: 'Coaching report' },
        { kind: 'paragraph', parts: [`Window: ${windowText(report)}. `, rowsText(report)] }
    ];
    for (const warning of report.warnings) blocks.push({ kind: 'paragraph', parts: [{ text: 'Warning:', strong: true }, ` ${warning}`] });
    blocks.push({
        kind: 'table', header: ['Persona', 'Sellers', 'Teams', 'Systemic misses'],
        rows: report.personas.map(p => [
            { content: { text: p.title, page: `${ctx.layout.personaFolder(p)}/index` } },
            { content: String(p.sellers.length), numeric: true },
            { content: String(p.teams.length), numeric: true },
            { content: String(p.systemicMisses.length), numeric: true }
        ])
    });
    return { path: 'index', title: 'Coaching report', blocks };
}

export function personaPage(ctx: ContentContext, persona: PersonaReport): Page {
    const folder = ctx.layout.personaFolder(persona);
    const kpiTitle = (id: string) => persona.kpis.find(k => k.id === id)?.title ?? id;
    const blocks: Block[] = [
        { kind: 'heading', level: 1, text: `${persona.title}: coaching report` },
        { kind: 'paragraph', parts: [`Window: ${windowText(ctx.report)}. ${plural(persona.sellers.length, 'seller')} in ${plural(persona.teams.length, 'team')}. `, { text: 'All personas', page: '../index' }] }
    ];
    blocks.push({ kind: 'heading', level: 2, text: 'Systemic misses' });
    if (persona.systemicMisses.length === 0) {
        blocks.push({ kind: 'paragraph', parts: ['None: no team KPI has at least half of its sellers (and at least 3) below target.'] });
    }
    for (const miss of persona.systemicMisses) {
        blocks.push({ kind: 'heading', level: 3, text: `${miss.team}: ${kpiTitle(miss.kpi)}` });
        blocks.push({ kind: 'paragraph', parts: [
            `${miss.belowTarget} of ${miss.sellers} sellers are below target (team median attainment ${formatPercent(miss.medianAttainment)}), in motion ${motionTitle(persona, miss.motion)}. `
            + 'Coaching individuals is unlikely to fix a miss this wide: look for causes at the process or organization level (HPT cause analysis). '
            + 'A gap to start from, ready to paste into the model:'
        ] });
        blocks.push({ kind: 'code', text: miss.gap });
    }
    blocks.push({ kind: 'heading', level: 2, text: 'Teams' });
    const kpis = persona.kpis;
    for (const team of persona.teams) {
        blocks.push({ kind: 'heading', level: 3, text: `${team.id} (${plural(team.sellers, 'seller')})` });
        const members = persona.sellers.filter(s => s.team === team.id);
        blocks.push({
            kind: 'table',
            caption: `Attainment by KPI in workflow order, team ${team.id}`,
            header: ['Seller', ...kpis.map(k => k.title), 'Weakest motion'],
            rows: [
                ...members.map(seller => [
                    { content: { text: seller.id, page: ctx.layout.sellerFile(persona, seller.id) } } as Cell,
                    ...seller.kpis.map(k => ({
                        content: k.attainment !== null ? formatPercent(k.attainment) : formatActual(k.actual, kpis.find(x => x.id === k.id)!),
                        status: k.status, numeric: true
                    })),
                    { content: seller.weakestMotion ? motionTitle(persona, seller.weakestMotion) : '–' }
                ]),
                [
                    { content: { text: 'Team median', strong: true } },
                    ...team.kpis.map(k => ({ content: k.medianAttainment !== null ? formatPercent(k.medianAttainment) : formatActual(k.median, kpis.find(x => x.id === k.id)!), numeric: true })),
                    { content: '' }
                ]
            ]
        });
    }
    return { path: `${folder}/index`, title: `${persona.title}: coaching report`, blocks };
}

export function sellerPage(ctx: ContentContext, persona: PersonaReport, seller: SellerReport): Page {
    const folder = ctx.layout.personaFolder(persona);
    const blocks: Block[] = [
        { kind: 'heading', level: 1, text: `${seller.id}` },
        { kind: 'paragraph', parts: [`${persona.title}, team ${seller.team}. Window: ${windowText(ctx.report)}. `, { text: `All ${persona.title} sellers`, page: 'index' }] },
        { kind: 'heading', level: 2, text: 'Where to coach' }
    ];
    if (!seller.weakestMotion) {
        blocks.push({ kind: 'paragraph', parts: ['Every motion with data is at 100 % of target or more: no weakest motion.'] });
    } else {
        const motion = seller.motions.find(m => m.id === seller.weakestMotion)!;
        blocks.push({ kind: 'paragraph', parts: [
            'Weakest motion: ', { text: motionTitle(persona, motion.id), strong: true },
            ` at ${formatPercent(motion.attainment)} of target (team ${formatPercent(motion.team)}, company ${formatPercent(motion.company)}).`
        ] });
        const items: Inline[][] = [];
        for (const r of seller.recommendations) {
            const peers = r.peers.length > 0 ? ` Peers to learn from: ${listWords(r.peers)}.` : ' No peer is at 100 % on this motion yet.';
            if (r.competency === null) {
                items.push([{ text: 'Enablement gap:', strong: true }, ` no competency supports this motion; ask enablement for a module.${peers}`]);
                continue;
            }
            const competency = ctx.names.competency(r.competency);
            const title = competency?.title ?? r.competency;
            const coaches = r.coaches.length > 0 ? ` Coach: ${listWords(r.coaches.map(c => ctx.names.coach(c)))}.` : ' No coach named for it.';
            items.push([
                competency?.modulePath ? { text: title, href: moduleLink(competency.modulePath) } : title,
                `.${coaches}${peers}`
            ]);
        }
        blocks.push({ kind: 'list', items });
    }
    blocks.push({ kind: 'heading', level: 2, text: 'KPIs' });
    blocks.push({
        kind: 'table',
        header: ['Motion', 'KPI', 'Actual', 'Target', 'Attainment', 'Team median', 'Company median', 'Rank in team', 'Rank in company'],
        rows: seller.kpis.map(k => {
            const info = persona.kpis.find(x => x.id === k.id)!;
            return [
                { content: motionTitle(persona, k.motion) },
                { content: info.title },
                { content: formatActual(k.actual, info), numeric: true },
                { content: info.target ?? 'no numeric target' },
                { content: formatPercent(k.attainment), status: k.status, numeric: true },
                { content: formatActual(k.team.median, info), numeric: true },
                { content: formatActual(k.company.median, info), numeric: true },
                { content: formatRank(k.team.percentile), numeric: true },
                { content: formatRank(k.company.percentile), numeric: true }
            ];
        })
    });
    blocks.push({ kind: 'heading', level: 2, text: 'Attainment by motion' });
    blocks.push({ kind: 'chart', persona, seller, alt: seller.motions
        .filter(m => m.attainment !== null)
        .map(m => `${motionTitle(persona, m.id)}: ${formatPercent(m.attainment)} (team ${formatPercent(m.team)}, company ${formatPercent(m.company)})`)
        .join('; ') || 'No motion has data.' });
    return { path: `${folder}/${ctx.layout.sellerFile(persona, seller.id)}`, title: `${seller.id}: coaching`, blocks };
}
