/**
 * Grafana colours a stat by absolute thresholds on the value it shows, the
 * KPI's actual: a value takes the colour of the highest step whose value it
 * reaches (`value >= step.value`, inclusive; the base step is minus infinity).
 *
 * The steps are derived from the attainment rule itself (model/attainment.ts),
 * not from a second formula, so the colour Grafana shows is the status the
 * neutral dashboard states for every actual, also exactly at a boundary:
 * `<= 90 days` is green at 90 and amber from the first number above 90, which
 * a step "from 90" could never express. A boundary where the status changes
 * *after* a value (lower is better) therefore sits at the next representable
 * number, e.g. 90.00000000000001.
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Widget } from './dashboard-schema.js';
import type { AttainmentStatus, AttainmentTarget } from '../model/attainment.js';
import { attainmentOf, statusOf } from '../model/attainment.js';

export interface ThresholdStep {
    color: string;
    /** null: the base step (Grafana reads it as minus infinity). */
    value: number | null;
}

export const COLORS = { red: 'red', amber: 'orange', green: 'green', none: 'blue' } as const;

/** How far (in representable numbers) the exact edge may lie from its formula; float rounding moves it by a few at most. */
const SEARCH_ULPS = 64;

const buffer = new DataView(new ArrayBuffer(8));

/** The neighbouring double towards +infinity (up) or -infinity (down). */
export function nextDouble(x: number, direction: 1 | -1): number {
    if (Number.isNaN(x) || x === direction * Infinity) return x;
    if (x === 0) return direction * Number.MIN_VALUE;
    buffer.setFloat64(0, x);
    const bits = buffer.getBigInt64(0);
    buffer.setBigInt64(0, (x > 0) === (direction > 0) ? bits + 1n : bits - 1n);
    return buffer.getFloat64(0);
}

/**
 * The actuals where the status may change, from the formulas: at-least
 * reaches p % at t * p / 100, at-most and exact leave p % after t * 100 / p,
 * a band at its bounds, and 0 where attainment is defined case by case.
 */
function candidateEdges(target: AttainmentTarget, thresholds: AttainmentThresholds): number[] {
    const t = target.value;
    const percents = [thresholds.amber, thresholds.green];
    const points = [0, t, target.upper ?? t];
    for (const p of percents) {
        points.push(t * p / 100);
        if (p !== 0) points.push(t * 100 / p);
    }
    return points.filter(Number.isFinite);
}

/**
 * Every actual x where status(x) differs from status of the number just
 * below x, found by walking the representable numbers around each candidate,
 * so the result agrees with attainmentOf's own floating-point arithmetic.
 */
function exactEdges(status: (x: number) => AttainmentStatus, candidates: number[]): number[] {
    const edges = new Set<number>();
    for (const candidate of candidates) {
        let x = candidate;
        for (let i = 0; i < SEARCH_ULPS; i++) x = nextDouble(x, -1);
        let below = status(x);
        for (let i = 0; i < 2 * SEARCH_ULPS; i++) {
            x = nextDouble(x, 1);
            const here = status(x);
            if (here !== below) edges.add(Object.is(x, -0) ? 0 : x);
            below = here;
        }
    }
    return [...edges].sort((a, b) => a - b);
}

/** The Grafana threshold steps for a widget, from its target and the attainment thresholds. */
export function thresholdSteps(widget: Widget, attainment: AttainmentThresholds): ThresholdStep[] {
    const target = widget.target;
    if (!target) return [{ color: COLORS.none, value: null }];
    const reference: AttainmentTarget = { comparison: target.comparator, value: target.value, ...(target.upper !== undefined ? { upper: target.upper } : {}) };
    const status = (actual: number) => statusOf(attainmentOf(reference, actual), attainment);
    const edges = exactEdges(status, candidateEdges(reference, attainment));
    const base = edges.length > 0 ? status(nextDouble(edges[0]!, -1)) : status(target.value);
    return [{ color: COLORS[base], value: null }, ...edges.map(edge => ({ color: COLORS[status(edge)], value: edge }))];
}
