/** The Grafana format: dashboard model, rows and stat panels, thresholds where the colour turns, units, data sources. */
import { describe, expect, it } from 'vitest';
import { generateDashboards } from '../../language/src/generators/index.js';
import { grafanaDashboard, grafanaUid } from '../../language/src/generators/grafana.js';
import { grafanaUnit } from '../../language/src/generators/grafana-units.js';
import { inputOf, personaText } from './support.js';

type Json = Record<string, any>;

async function grafana(text: string, config?: Parameters<typeof inputOf>[1]): Promise<Json> {
    const files = generateDashboards(await inputOf({ 'test.wpcm': text }, config), 'grafana');
    expect(files).toHaveLength(1);
    expect(files[0]!.path).toMatch(/\.grafana\.json$/);
    return JSON.parse(files[0]!.content) as Json;
}

function stat(dashboard: Json, title: string): Json {
    return dashboard.panels.find((p: Json) => p.type === 'stat' && p.title === title);
}

function steps(panel: Json): Array<[string, number | null]> {
    return panel.fieldConfig.defaults.thresholds.steps.map((s: Json) => [s.color, s.value]);
}

const MODEL = personaText(`
    motion Prospect "Prospect for leads" {
        goal "Find leads."
        kpi Touches "Touches" { target >= 60 touches per day measured in CRM }
        kpi WinRate "Win rate" { target >= 75 % measured in CRM }
        kpi Cycle "Time to close" { target <= 90 days measured in CRM }
        kpi Deal "Deal size" { target >= $10k measured in CRM }
    }
    motion Advise "Advise the customer" { goal "Understand needs." }
    motion Follow "Follow up" {
        kpi Sat "Satisfaction" { target "above average" }
    }`);

describe('grafana dashboard model', () => {
    it('has what Grafana needs to import it', async () => {
        const dashboard = await grafana(MODEL);
        expect(dashboard).toMatchObject({
            id: null, uid: 'wpcm-seller', title: 'Seller', schemaVersion: 42, version: 1, editable: true, tags: ['wpcm'],
            templating: { list: [{ type: 'textbox', name: 'seller' }, { type: 'textbox', name: 'team' }] }
        });
        expect(new Set(dashboard.panels.map((p: Json) => p.id)).size).toBe(dashboard.panels.length);
        // Import asks for a data source per system: one input, listed as a requirement with its plugin.
        expect(dashboard.__inputs).toEqual([{
            name: 'DS_CRM', label: 'CRM', description: 'The PostgreSQL data source with the data of Salesforce (system CRM in the model).',
            type: 'datasource', pluginId: 'grafana-postgresql-datasource', pluginName: 'PostgreSQL'
        }]);
        expect(dashboard.__requires.map((r: Json) => `${r.type}:${r.id}`)).toEqual(['grafana:grafana', 'panel:stat', 'panel:text', 'datasource:grafana-postgresql-datasource']);
    });

    it('takes the data source plugin as a parameter', async () => {
        const files = generateDashboards(await inputOf({ 'test.wpcm': MODEL }), 'grafana');
        const wpcm = JSON.parse(generateDashboards(await inputOf({ 'test.wpcm': MODEL })).find(f => f.path === 'seller.dashboard.json')!.content);
        const dashboard = grafanaDashboard(wpcm, 'seller', { datasourceType: { pluginId: 'mysql', pluginName: 'MySQL' } }) as Json;
        expect(stat(dashboard, 'Touches').datasource).toEqual({ type: 'mysql', uid: '${DS_CRM}' });
        expect(dashboard.__inputs[0].pluginId).toBe('mysql');
        expect(JSON.parse(files[0]!.content).__inputs[0].pluginId).toBe('grafana-postgresql-datasource');
    });

    it('gives two systems whose names differ only in case their own inputs', async () => {
        const dashboard = await grafana(personaText(`motion M "Close the deal" {
            kpi A "A" { target >= 1 per day measured in CRM }
            kpi B "B" { target >= 1 per day measured in crm } }`, 'system crm "Other CRM"'));
        expect(dashboard.__inputs.map((i: Json) => i.name)).toEqual(['DS_CRM', 'DS_CRM_2']);
        expect(stat(dashboard, 'B').datasource).toEqual({ type: 'grafana-postgresql-datasource', uid: '${DS_CRM_2}' });
    });

    it('has a row per motion in workflow order and a stat panel per KPI', async () => {
        const dashboard = await grafana(MODEL);
        expect(dashboard.panels.map((p: Json) => `${p.type}:${p.title}`)).toEqual([
            'text:Summary',
            'row:1. Prospect for leads', 'stat:Touches', 'stat:Win rate', 'stat:Time to close', 'stat:Deal size',
            'row:2. Advise the customer (no KPI yet)', 'text:No KPI',
            'row:3. Follow up', 'stat:Satisfaction'
        ]);
        expect(dashboard.panels.find((p: Json) => p.title === 'No KPI').options.content).toContain('Understand needs.');
    });

    it('lays panels out on the 24-column grid without overlap', async () => {
        const panels = (await grafana(MODEL)).panels as Json[];
        expect(panels.map(p => p.gridPos)).toEqual([
            { h: 6, w: 24, x: 0, y: 0 },
            { h: 1, w: 24, x: 0, y: 6 }, { h: 6, w: 8, x: 0, y: 7 }, { h: 6, w: 8, x: 8, y: 7 }, { h: 6, w: 8, x: 16, y: 7 }, { h: 6, w: 8, x: 0, y: 13 },
            { h: 1, w: 24, x: 0, y: 19 }, { h: 3, w: 24, x: 0, y: 20 },
            { h: 1, w: 24, x: 0, y: 23 }, { h: 6, w: 8, x: 0, y: 24 }
        ]);
        for (const [i, a] of panels.entries()) {
            for (const b of panels.slice(i + 1)) {
                const apart = a.gridPos.x + a.gridPos.w <= b.gridPos.x || b.gridPos.x + b.gridPos.w <= a.gridPos.x
                    || a.gridPos.y + a.gridPos.h <= b.gridPos.y || b.gridPos.y + b.gridPos.h <= a.gridPos.y;
                expect(apart, `${a.title} / ${b.title}`).toBe(true);
            }
        }
    });

    it('shows a KPI without a numeric target in one neutral colour', async () => {
        // The steps of targets are checked against Grafana's own logic in grafana-thresholds.test.ts.
        expect(steps(stat(await grafana(MODEL), 'Satisfaction'))).toEqual([['blue', null]]);
    });

    it('maps units: percent, days, currency, counted units', async () => {
        const dashboard = await grafana(MODEL);
        const unit = (title: string) => stat(dashboard, title).fieldConfig.defaults.unit;
        expect([unit('Touches'), unit('Win rate'), unit('Time to close'), unit('Deal size'), unit('Satisfaction')])
            .toEqual(['suffix:touches per day', 'percent', 'd', 'currencyUSD', 'none']);
        const target = { comparator: '>=', value: 1, text: 'x' } as const;
        expect(grafanaUnit({ ...target, kind: 'currency', currency: '€' })).toBe('currencyEUR');
        expect(grafanaUnit({ ...target, kind: 'duration', unit: 'hours' })).toBe('h');
        expect(grafanaUnit({ ...target, kind: 'duration', unit: 'weeks' })).toBe('suffix:weeks');
        expect(grafanaUnit({ ...target, kind: 'count', unit: 'open', perTerm: 'Lead' })).toBe('suffix:open per Lead');
        expect(grafanaUnit({ ...target, kind: 'count' })).toBe('none');
    });

    it('reads each KPI from a data source named after its system, with the queries left to fill in', async () => {
        const dashboard = await grafana(MODEL);
        const panel = stat(dashboard, 'Touches');
        const datasource = { type: 'grafana-postgresql-datasource', uid: '${DS_CRM}' };
        expect(panel.datasource).toEqual(datasource);
        expect(panel.targets).toEqual(['A', 'B', 'C'].map(refId => ({ refId, datasource })));
        expect(panel.fieldConfig.overrides.map((o: Json) => [o.matcher.options, o.properties[0].value])).toEqual([['A', 'Individual'], ['B', 'Team'], ['C', 'Company']]);
        expect(panel.description).toContain('QUERIES TO FILL IN');
        expect(panel.description).toContain('Measured in CRM (Salesforce)');
        expect(stat(dashboard, 'Satisfaction').datasource).toBeUndefined();
        expect(stat(dashboard, 'Satisfaction').description).toContain('no system');
        // Grafana would substitute "$seller" in descriptions and text panels.
        expect(JSON.stringify(dashboard)).not.toMatch(/\$(seller|team)\b/);
    });

    it('names only the warehouse input in the panels of a warehouse dashboard, never a per-system one it does not have', async () => {
        const files = generateDashboards(await inputOf({ 'test.wpcm': MODEL }), 'grafana', 'postgres');
        const dashboard = JSON.parse(files[0]!.content) as Json;
        expect(dashboard.__inputs.map((i: Json) => i.name)).toEqual(['DS_WPCM']);
        const description = stat(dashboard, 'Touches').description as string;
        // Before: "the data source chosen for `DS_CRM` at import", an input this dashboard does not ask for.
        expect(description).not.toContain('DS_CRM');
        expect(description.split('\n\n')[2]).toBe('Measured in CRM (Salesforce): its actuals are loaded into wpcm_actuals.');
        expect((stat(dashboard, 'Satisfaction').description as string).split('\n\n')[2])
            .toBe('The model names no system this KPI is measured in: its actuals are loaded into wpcm_actuals like the others.');
        for (const panel of dashboard.panels as Json[]) expect(JSON.stringify(panel)).not.toMatch(/DS_(?!WPCM)/);
    });

    it('keeps UIDs within Grafana\'s 40 characters, distinct after truncation', () => {
        expect(grafanaUid('wpcm-direct-seller')).toBe('wpcm-direct-seller');
        const a = grafanaUid(`wpcm-${'a'.repeat(60)}`);
        const b = grafanaUid(`wpcm-${'a'.repeat(59)}b`);
        expect(a.length).toBe(40);
        expect(b.length).toBe(40);
        expect(a).not.toBe(b);
        expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    });
});
