/** The WPCM dashboard format: contents, attainment rules, gaps made visible, schema validation, refusal. */
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../language/src/generators/index.js';
import { dashboardsAsJson, DASHBOARD_SCHEMA_FILE, dashboardJsonSchema, generateDashboards, ModelHasErrors, validateDashboard } from '../../language/src/generators/index.js';
import { inputOf, personaText } from './support.js';

async function dashboards(text: string, config?: Parameters<typeof inputOf>[1]): Promise<Dashboard[]> {
    const files = generateDashboards(await inputOf({ 'test.wpcm': text }, config));
    return files.filter(f => f.path.endsWith('.dashboard.json')).map(f => JSON.parse(f.content) as Dashboard);
}

const SMALL = `model "Small"
system CRM "Salesforce"
persona Seller "Inside Seller" {
    description "Sells by phone."
    motion Call "Call the lead" {
        goal "Reach every lead within a day."
        kpi Calls "Calls made" {
            target >= 40 calls per day
            counts "a dialled call"
            measured in CRM
        }
    }
    motion Nurture "Nurture the account" {
        goal "Stay in touch."
    }
}
`;

describe('dashboard of a small model', () => {
    it('has exactly the expected structure', async () => {
        const [dashboard] = await dashboards(SMALL);
        expect(dashboard).toEqual({
            $schema: './dashboard.schema.json',
            formatVersion: 1,
            persona: { id: 'Seller', title: 'Inside Seller', description: 'Sells by phone.', model: 'Small' },
            attainment: { unit: 'percent', red: { below: 80 }, amber: { from: 80, below: 100 }, green: { from: 100 } },
            summary: {
                motionCount: 2,
                kpiCount: 1,
                motionsWithoutKpis: { count: 1, motions: ['Nurture'] },
                kpisWithoutTarget: { count: 0, kpis: [] }
            },
            sections: [
                {
                    step: 1, id: 'Call', title: 'Call the lead', goal: 'Reach every lead within a day.', hasKpis: true,
                    widgets: [{
                        id: 'Calls',
                        title: 'Calls made',
                        counts: 'a dialled call',
                        hasTarget: true,
                        target: { comparator: '>=', value: 40, kind: 'count', unit: 'calls', period: 'day', text: 'at least 40 calls per day' },
                        system: { id: 'CRM', title: 'Salesforce' },
                        comparisons: ['individual', 'team', 'company'],
                        attainment: { mode: 'at-least', formula: 'actual / target * 100' }
                    }]
                },
                { step: 2, id: 'Nurture', title: 'Nurture the account', goal: 'Stay in touch.', hasKpis: false, widgets: [] }
            ]
        });
    });

    it('writes one file per persona, named by slug, plus the JSON Schema the files name in $schema', async () => {
        const files = generateDashboards(await inputOf({ 'test.wpcm': SMALL }));
        expect(files.map(f => f.path)).toEqual([DASHBOARD_SCHEMA_FILE, 'inside-seller.dashboard.json']);
        expect(JSON.parse(files[0]!.content)).toEqual(dashboardJsonSchema());
        expect(files.every(f => f.content.endsWith('}\n') && !f.content.includes('\r'))).toBe(true);
    });
});

describe('attainment per comparator', () => {
    it.each([
        ['>= 60 touches per day', 'at-least', 'actual / target * 100'],
        ['> 2 meetings per week', 'at-least', 'actual / target * 100'],
        ['<= 90 days', 'at-most', 'target / actual * 100 (an actual of 0 counts as fully attained)'],
        ['< 3 escalations per quarter', 'at-most', 'target / actual * 100 (an actual of 0 counts as fully attained)'],
        ['= 5 calls per week', 'exact', 'min(actual / target, target / actual) * 100']
    ])('%s -> %s', async (target, mode, formula) => {
        const [dashboard] = await dashboards(personaText(`motion M "Close the deal" { goal "g" kpi K "k" { target ${target} measured in CRM } }`));
        expect(dashboard!.sections[0]!.widgets[0]!.attainment).toEqual({ mode, formula });
    });

    it('a range is attained inside the band', async () => {
        const [dashboard] = await dashboards(personaText('motion M "Close the deal" { goal "g" kpi K "Discount" { target between 10 and 20 % measured in CRM } }'));
        const widget = dashboard!.sections[0]!.widgets[0]!;
        expect(widget.target).toEqual({ comparator: 'between', value: 10, upper: 20, kind: 'percent', unit: '%', text: 'between 10 % and 20 %' });
        expect(widget.attainment).toEqual({ mode: 'band', formula: '100 when low <= actual <= high, else 0', low: 10, high: 20 });
    });

    it('keeps currency, per-term and duration data', async () => {
        const [dashboard] = await dashboards(personaText(`motion M "Close the deal" { goal "g"
            kpi Deal "Deal size" { target >= $10k per month measured in CRM }
            kpi Opens "Opens per lead" { target >= 1 open per Lead measured in CRM }
            kpi Cycle "Cycle" { target <= 2 weeks measured in CRM } }`));
        const targets = dashboard!.sections[0]!.widgets.map(w => w.target);
        expect(targets).toEqual([
            { comparator: '>=', value: 10_000, kind: 'currency', currency: '$', period: 'month', text: 'at least $10,000 per month' },
            { comparator: '>=', value: 1, kind: 'count', unit: 'open', perTerm: 'Lead', text: 'at least 1 open per Lead' },
            { comparator: '<=', value: 2, kind: 'duration', unit: 'weeks', text: 'at most 2 weeks' }
        ]);
    });
});

describe('gaps stay visible', () => {
    it('a KPI without a numeric target appears, marked as having none', async () => {
        const [dashboard] = await dashboards(personaText(`motion M "Close the deal" { goal "g"
            kpi None "No target" { measured in CRM }
            kpi Words "Stated in words" { target "above average" }
            kpi Ok "Win rate" { target >= 75 % measured in CRM } }`));
        const [none, words] = dashboard!.sections[0]!.widgets;
        expect(none).toMatchObject({ id: 'None', hasTarget: false, target: null, attainment: null, system: { id: 'CRM', title: 'Salesforce' } });
        expect(none).not.toHaveProperty('statedTarget');
        expect(words).toMatchObject({ id: 'Words', hasTarget: false, target: null, attainment: null, statedTarget: 'above average', system: null });
        expect(dashboard!.summary).toEqual({
            motionCount: 1, kpiCount: 3,
            motionsWithoutKpis: { count: 0, motions: [] },
            kpisWithoutTarget: { count: 2, kpis: ['None', 'Words'] }
        });
    });

    it('a motion without KPIs still gets its section, in workflow order', async () => {
        const [dashboard] = await dashboards(personaText(`
            motion A "Prospect for leads" { goal "a" }
            motion B "Close the deal" { kpi K "k" { target >= 1 deal per week measured in CRM } }
            motion C "Ensure success" { goal "c" }`));
        expect(dashboard!.sections.map(s => [s.step, s.id, s.hasKpis, s.goal])).toEqual([[1, 'A', false, 'a'], [2, 'B', true, null], [3, 'C', false, 'c']]);
        expect(dashboard!.summary.motionsWithoutKpis).toEqual({ count: 2, motions: ['A', 'C'] });
    });
});

describe('thresholds', () => {
    it('default to 80 / 100', async () => {
        const [dashboard] = await dashboards(SMALL);
        expect(dashboard!.attainment).toEqual({ unit: 'percent', red: { below: 80 }, amber: { from: 80, below: 100 }, green: { from: 100 } });
    });

    it('come from wpcm.config.json', async () => {
        const [dashboard] = await dashboards(SMALL, { dashboard: { attainment: { amber: 70, green: 95 } } });
        expect(dashboard!.attainment).toEqual({ unit: 'percent', red: { below: 70 }, amber: { from: 70, below: 95 }, green: { from: 95 } });
    });
});

describe('the zod schema guards every dashboard', () => {
    async function valid(): Promise<Dashboard> {
        return (await dashboards(SMALL))[0]!;
    }

    it('accepts what the generator produces', async () => {
        expect(validateDashboard(await valid())).toEqual(await valid());
    });

    it.each<[string, (d: Dashboard) => void, RegExp]>([
        ['an unknown property', d => { (d as Record<string, unknown>).extra = 1; }, /top level: Unrecognized key/],
        ['a wrong format version', d => { (d as { formatVersion: number }).formatVersion = 2; }, /formatVersion/],
        ['a summary that does not add up', d => { d.summary.kpiCount = 5; }, /summary: the summary does not match the sections/],
        ['a count that does not match its list', d => { d.summary.motionsWithoutKpis.count = 0; }, /summary/],
        ['a gap in the steps', d => { d.sections[1]!.step = 3; }, /sections\.1\.step: step must be 2/],
        ['a section that says it has KPIs but has none', d => { d.sections[1]!.hasKpis = true; }, /sections\.1\.hasKpis/],
        ['a between target without upper', d => { d.sections[0]!.widgets[0]!.target!.comparator = 'between'; }, /upper/],
        ['an attainment rule that does not fit the comparator', d => { d.sections[0]!.widgets[0]!.target!.comparator = '<='; }, /attainment\.mode/],
        ['a target without an attainment rule', d => { d.sections[0]!.widgets[0]!.attainment = null; }, /attainment/],
        ['hasTarget that lies', d => { d.sections[0]!.widgets[0]!.hasTarget = false; }, /hasTarget/],
        ['thresholds out of order', d => { d.attainment.amber.from = 90; }, /attainment: red, amber and green/],
        ['an empty comparison list', d => { d.sections[0]!.widgets[0]!.comparisons = []; }, /comparisons/]
    ])('refuses %s', async (_name, spoil, message) => {
        const dashboard = await valid();
        spoil(dashboard);
        expect(() => validateDashboard(dashboard)).toThrow(message);
    });
});

describe('refusal and output forms', () => {
    it('refuses a model with errors, naming how many', async () => {
        const input = await inputOf({ 'test.wpcm': personaText('motion M "Close the deal" { kpi K "k" { target >= -3 calls per day measured in Nowhere } }') });
        expect(() => generateDashboards(input)).toThrow(ModelHasErrors);
        expect(() => generateDashboards(input)).toThrow(/the model has 2 errors/);
        expect(() => dashboardsAsJson(input)).toThrow(ModelHasErrors);
    });

    it('is not blocked by warnings', async () => {
        const input = await inputOf({ 'test.wpcm': personaText('motion M "Deal closure" { }') });
        expect(input.documents[0]!.diagnostics!.some(d => d.severity === 2)).toBe(true);
        expect(generateDashboards(input).map(f => f.path)).toContain('seller.dashboard.json');
    });

    it('prints all dashboards as one JSON array, in file-name order', async () => {
        const input = await inputOf({ 'test.wpcm': `${SMALL}\npersona Another "Another seller" { motion X "Close the deal" { goal "x" } }\n` });
        const all = JSON.parse(dashboardsAsJson(input)) as Dashboard[];
        expect(all.map(d => d.persona.id)).toEqual(['Another', 'Seller']);
    });

    it('writes nothing for a model without personas', async () => {
        expect(generateDashboards(await inputOf({ 'test.wpcm': 'system CRM "Salesforce"\n' }))).toEqual([]);
    });
});
