/**
 * The colour Grafana shows must be the status the neutral dashboard states.
 * Checked with Grafana's own threshold logic (getActiveThreshold from
 * @grafana/data) on the generated Grafana dashboards, against the attainment
 * rule (attainmentOf / statusOf) at, just below and just above every boundary
 * of every comparator, and on a grid of actuals.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Threshold } from '@grafana/data';
import type { AttainmentTarget } from '../../language/src/model/attainment.js';
import { attainmentOf, statusOf } from '../../language/src/model/attainment.js';
import { generateDashboards } from '../../language/src/generators/index.js';
import { nextDouble } from '../../language/src/generators/grafana-thresholds.js';
import { inputOf, personaText } from './support.js';

// @grafana/data's ESM build does not load under Node (named imports from CommonJS moment); its CommonJS build does.
const { getActiveThreshold } = createRequire(import.meta.url)('@grafana/data') as typeof import('@grafana/data');

type Json = Record<string, any>;
const STATUS_OF_COLOUR: Record<string, string> = { red: 'red', orange: 'amber', green: 'green' };

/** Grafana stores the base step as null in JSON and reads it as -Infinity when it loads the panel (setFieldConfigDefaults). */
function loaded(steps: Json[]): Threshold[] {
    return steps.map(s => ({ color: s.color, value: s.value === null ? -Infinity : s.value }));
}

interface Case { text: string; target: AttainmentTarget }

const CASES: Case[] = [
    { text: '>= 60 touches per day', target: { comparison: '>=', value: 60 } },
    { text: '> 60 touches per day', target: { comparison: '>', value: 60 } },
    { text: '>= 0.7 %', target: { comparison: '>=', value: 0.7 } },
    { text: '>= 4.5', target: { comparison: '>=', value: 4.5 } },
    { text: '>= 0 touches per day', target: { comparison: '>=', value: 0 } },
    { text: '>= 110 %', target: { comparison: '>=', value: 110 } },
    { text: '<= 90 days', target: { comparison: '<=', value: 90 } },
    { text: '< 90 days', target: { comparison: '<', value: 90 } },
    { text: '<= 0 per month', target: { comparison: '<=', value: 0 } },
    { text: '<= 0.3 %', target: { comparison: '<=', value: 0.3 } },
    { text: '= 3 per day', target: { comparison: '=', value: 3 } },
    { text: '= 5 calls per week', target: { comparison: '=', value: 5 } },
    { text: '= 0 per month', target: { comparison: '=', value: 0 } },
    { text: 'between 40 and 60 %', target: { comparison: 'between', value: 40, upper: 60 } },
    { text: 'between 0.1 and 0.35', target: { comparison: 'between', value: 0.1, upper: 0.35 } },
    { text: 'between 5 and 5 days', target: { comparison: 'between', value: 5, upper: 5 } }
];

const THRESHOLDS = [{ amber: 80, green: 100 }, { amber: 50, green: 100 }, { amber: 90, green: 110 }, { amber: 100, green: 100 }, { amber: 0, green: 100 }];

async function generatedSteps(attainment: { amber: number; green: number }): Promise<Map<string, Json[]>> {
    const kpis = CASES.map((c, i) => `kpi K${i} "K${i}" { target ${c.text} measured in CRM }`).join('\n');
    const files = generateDashboards(await inputOf({ 'test.wpcm': personaText(`motion M "Close the deal" { goal "Win." ${kpis} }`) },
        { dashboard: { attainment } }), 'grafana');
    const dashboard = JSON.parse(files[0]!.content) as Json;
    return new Map(dashboard.panels.filter((p: Json) => p.type === 'stat')
        .map((p: Json) => [p.title, p.fieldConfig.defaults.thresholds.steps]));
}

/** Actuals at, around and between the boundaries of a target, plus a grid. */
function probes(target: AttainmentTarget, attainment: { amber: number; green: number }, stepValues: number[]): number[] {
    const t = target.value;
    const bounds = [0, t, target.upper ?? t, ...[attainment.amber, attainment.green].flatMap(p => [t * p / 100, p === 0 ? t : t * 100 / p]), ...stepValues];
    const points = new Set<number>();
    for (const b of bounds) {
        for (const x of [b, nextDouble(b, 1), nextDouble(b, -1), b * (1 + 1e-12), b * (1 - 1e-12), b + 1e-9, b - 1e-9, b + 0.01, b - 0.01, b + 0.5, b - 0.5]) points.add(x);
    }
    const span = Math.max(Math.abs(t), Math.abs(target.upper ?? t), 1) * 2;
    for (let i = -20; i <= 200; i++) points.add(span * i / 100);
    return [...points];
}

describe('Grafana thresholds agree with the attainment rule (getActiveThreshold from @grafana/data)', () => {
    for (const attainment of THRESHOLDS) {
        it(`amber ${attainment.amber} / green ${attainment.green}: every comparator at and around each boundary`, async () => {
            const steps = await generatedSteps(attainment);
            let checked = 0;
            CASES.forEach((c, i) => {
                const thresholds = loaded(steps.get(`K${i}`)!);
                for (const actual of probes(c.target, attainment, thresholds.map(s => s.value).filter(Number.isFinite))) {
                    const shown = STATUS_OF_COLOUR[getActiveThreshold(actual, thresholds).color];
                    const stated = statusOf(attainmentOf(c.target, actual), attainment);
                    if (shown !== stated) expect.fail(`target ${c.text}, actual ${actual}: Grafana shows ${shown}, attainment rule says ${stated}`);
                    checked++;
                }
            });
            expect(checked).toBeGreaterThan(CASES.length * 200);
        });
    }

    it('the cases the issue measured now colour as the rule says', async () => {
        const steps = await generatedSteps({ amber: 80, green: 100 });
        const colour = (i: number, actual: number) => getActiveThreshold(actual, loaded(steps.get(`K${i}`)!)).color;
        // <= 90 days: 90 is 100 % (green), 112.5 is 80 % (amber), just above 112.5 is red.
        expect([colour(6, 90), colour(6, 112.5), colour(6, 112.51)]).toEqual(['green', 'orange', 'red']);
        // between 40 and 60 %: both bounds are inside the band.
        expect([colour(13, 40), colour(13, 60), colour(13, 60.01)]).toEqual(['green', 'green', 'red']);
        // = 3 per day: 3.5 is 85.7 % and 3.75 is 80 % (both amber).
        expect([colour(10, 3), colour(10, 3.5), colour(10, 3.75), colour(10, 3.76)]).toEqual(['green', 'orange', 'orange', 'red']);
        // <= 0 per month: anything above 0 is 0 % attained.
        expect([colour(8, 0), colour(8, 1), colour(8, 0.001)]).toEqual(['green', 'red', 'red']);
    });

    it('writes the steps where the colour turns', async () => {
        const steps = await generatedSteps({ amber: 80, green: 100 });
        const of = (i: number) => steps.get(`K${i}`)!.map((s: Json) => [s.color, s.value]);
        // 47.99999999999999 / 60 * 100 is 80 in floating point, so attainmentOf calls it amber; the step follows it.
        expect(of(0)).toEqual([['red', null], ['orange', 47.99999999999999], ['green', 60]]);
        // 90 / 112.50000000000001 still rounds to 80 % in floating point: the edge is where attainmentOf itself turns.
        // Lower is better: negative durations are 0 % attained (red), green from 0 to 90 inclusive.
        expect(of(6)).toEqual([['red', null], ['green', 0], ['orange', nextDouble(90, 1)], ['red', 112.50000000000003]]);
        expect(of(13)).toEqual([['red', null], ['green', 40], ['red', nextDouble(60, 1)]]);
        expect(of(10)).toEqual([['red', null], ['orange', 2.4], ['green', 3], ['orange', nextDouble(3, 1)], ['red', 3.750000000000001]]);
        expect(of(8)).toEqual([['red', null], ['green', 0], ['red', Number.MIN_VALUE]]);
    });
});

describe('nextDouble', () => {
    it('steps to the neighbouring double', () => {
        expect(nextDouble(1, 1)).toBe(1 + Number.EPSILON);
        expect(nextDouble(1, -1)).toBe(1 - Number.EPSILON / 2);
        expect(nextDouble(0, 1)).toBe(Number.MIN_VALUE);
        expect(nextDouble(0, -1)).toBe(-Number.MIN_VALUE);
        expect(nextDouble(-1, 1)).toBe(-1 + Number.EPSILON / 2);
        expect(nextDouble(90, 1)).toBe(90.00000000000001);
    });
});
