/** The Grafana format: dashboard model, rows and stat panels, thresholds where the colour turns, units, data sources. */
import { describe, expect, it } from 'vitest';
import { generateDashboards } from '../../language/src/generators/index.js';
import { grafanaUid } from '../../language/src/generators/grafana.js';
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
            id: null, uid: 'wpcm-seller', title: 'Seller', schemaVersion: 39, version: 1, editable: true, tags: ['wpcm'],
            templating: { list: [{ type: 'textbox', name: 'seller' }, { type: 'textbox', name: 'team' }] }
        });
        expect(new Set(dashboard.panels.map((p: Json) => p.id)).size).toBe(dashboard.panels.length);
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

    it('puts the target where the colour turns', async () => {
        const dashboard = await grafana(MODEL);
        expect(steps(stat(dashboard, 'Touches'))).toEqual([['red', null], ['orange', 48], ['green', 60]]);
        expect(steps(stat(dashboard, 'Win rate'))).toEqual([['red', null], ['orange', 60], ['green', 75]]);
        // Lower is better: green up to the target, amber up to target / 80 %, then red.
        expect(steps(stat(dashboard, 'Time to close'))).toEqual([['green', null], ['orange', 90], ['red', 112.5]]);
        expect(steps(stat(dashboard, 'Satisfaction'))).toEqual([['blue', null]]);
    });

    it('follows the configured thresholds', async () => {
        const dashboard = await grafana(MODEL, { dashboard: { attainment: { amber: 50, green: 100 } } });
        expect(steps(stat(dashboard, 'Touches'))).toEqual([['red', null], ['orange', 30], ['green', 60]]);
        expect(steps(stat(dashboard, 'Time to close'))).toEqual([['green', null], ['orange', 90], ['red', 180]]);
    });

    it('shows ranges and exact targets', async () => {
        const dashboard = await grafana(personaText(`motion M "Close the deal" {
            kpi Band "Discount" { target between 10 and 20 % measured in CRM }
            kpi Exact "Calls" { target = 5 calls per week measured in CRM }
            kpi Small "Conversion" { target >= 0.7 % measured in CRM } }`));
        expect(steps(stat(dashboard, 'Discount'))).toEqual([['red', null], ['green', 10], ['red', 20]]);
        expect(steps(stat(dashboard, 'Calls'))).toEqual([['red', null], ['orange', 4], ['green', 5], ['red', 6.25]]);
        // No float noise (0.7 * 80 / 100 is 0.5599999999999999 in binary).
        expect(steps(stat(dashboard, 'Conversion'))).toEqual([['red', null], ['orange', 0.56], ['green', 0.7]]);
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
        expect(panel.datasource).toEqual({ uid: 'CRM' });
        expect(panel.targets).toEqual(['A', 'B', 'C'].map(refId => ({ refId, datasource: { uid: 'CRM' } })));
        expect(panel.fieldConfig.overrides.map((o: Json) => [o.matcher.options, o.properties[0].value])).toEqual([['A', 'Individual'], ['B', 'Team'], ['C', 'Company']]);
        expect(panel.description).toContain('QUERIES TO FILL IN');
        expect(panel.description).toContain('Measured in CRM (Salesforce)');
        expect(stat(dashboard, 'Satisfaction').datasource).toBeUndefined();
        expect(stat(dashboard, 'Satisfaction').description).toContain('no system');
        // Grafana would substitute "$seller" in descriptions and text panels.
        expect(JSON.stringify(dashboard)).not.toMatch(/\$(seller|team)\b/);
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
