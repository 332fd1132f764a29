/**
 * Attainment: how close an actual comes to its KPI's target, in percent.
 * The one implementation behind the dashboard's stated formulas, the Grafana
 * thresholds, the coaching report and the generated SQL (which must compute
 * the same numbers), so they can never disagree.
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Comparison } from './targets.js';

export type AttainmentMode = 'at-least' | 'at-most' | 'exact' | 'band';

/** Which attainment mode each comparator uses; strict comparators attain like their inclusive forms. */
export const MODE_OF: Readonly<Record<Comparison, AttainmentMode>> = {
    '>=': 'at-least', '>': 'at-least', '<=': 'at-most', '<': 'at-most', '=': 'exact', between: 'band'
};

/** The formulas in words, as the dashboard format states them. */
export const ATTAINMENT_FORMULAS = {
    'at-least': 'actual / target * 100',
    'at-most': 'target / actual * 100 (an actual of 0 counts as fully attained)',
    exact: 'min(actual / target, target / actual) * 100',
    band: '100 when low <= actual <= high, else 0'
} as const satisfies Record<AttainmentMode, string>;

export interface AttainmentTarget {
    readonly comparison: Comparison;
    readonly value: number;
    /** Upper bound of a `between` band. */
    readonly upper?: number;
}

/**
 * Attainment in percent, unrounded. Division by zero follows the meaning of
 * the target: at least 0 is attained by any actual >= 0; at most 0 is
 * attained only by 0; exactly 0 only by 0.
 */
export function attainmentOf(target: AttainmentTarget, actual: number): number {
    const t = target.value;
    switch (MODE_OF[target.comparison]) {
        case 'at-least':
            if (t === 0) return actual >= 0 ? 100 : 0;
            return actual / t * 100;
        case 'at-most':
            if (actual === 0) return 100;
            return t / actual * 100;
        case 'exact':
            if (actual === 0 || t === 0) return actual === t ? 100 : 0;
            return Math.min(actual / t, t / actual) * 100;
        case 'band':
            return t <= actual && actual <= (target.upper ?? t) ? 100 : 0;
    }
}

export type AttainmentStatus = 'red' | 'amber' | 'green';

/** Red below `amber`, amber from `amber`, green from `green` (percent of target). */
export function statusOf(attainment: number, thresholds: AttainmentThresholds): AttainmentStatus {
    if (attainment >= thresholds.green) return 'green';
    if (attainment >= thresholds.amber) return 'amber';
    return 'red';
}
