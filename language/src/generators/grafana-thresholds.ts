/**
 * Grafana colours a stat by absolute thresholds on the value it shows, the
 * KPI's actual. The attainment thresholds (percent of target) are turned into
 * actual values here, so the colour turns exactly where the target is:
 * at-least 60 with amber 80 / green 100 gives red, amber from 48, green from 60.
 * Grafana gives a value equal to a step that step's colour.
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Widget } from './dashboard-schema.js';
import { MODE_OF } from '../model/attainment.js';

export interface ThresholdStep {
    color: string;
    /** null: the base step (from minus infinity). */
    value: number | null;
}

export const COLORS = { red: 'red', amber: 'orange', green: 'green', none: 'blue' } as const;

/** Six decimals: enough for any KPI, and free of float noise such as 0.5599999999999999. */
function round(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}

/** Keeps finite, strictly increasing steps after the base (a zero-width band would never show). */
function clean(steps: ThresholdStep[]): ThresholdStep[] {
    const result: ThresholdStep[] = [steps[0]!];
    for (const step of steps.slice(1)) {
        if (step.value === null || !Number.isFinite(step.value)) continue;
        const last = result[result.length - 1]!;
        if (last.value !== null && step.value <= last.value) continue;
        result.push({ color: step.color, value: round(step.value) });
    }
    return result;
}

export function thresholdSteps(widget: Widget, attainment: AttainmentThresholds): ThresholdStep[] {
    const target = widget.target;
    if (!target) return [{ color: COLORS.none, value: null }];
    const { amber, green } = attainment;
    const t = target.value;
    switch (MODE_OF[target.comparator]) {
        case 'at-least':
            return clean([{ color: COLORS.red, value: null }, { color: COLORS.amber, value: t * amber / 100 }, { color: COLORS.green, value: t * green / 100 }]);
        case 'at-most':
            // target / actual >= p %  <=>  actual <= target * 100 / p: lower is better.
            return clean([{ color: COLORS.green, value: null }, { color: COLORS.amber, value: t * 100 / green }, { color: COLORS.red, value: t * 100 / amber }]);
        case 'exact':
            // Both sides of the target. With green at 100 % the upper amber band would start at the
            // target itself, which Grafana cannot show next to green; values just above stay green.
            return clean([
                { color: COLORS.red, value: null }, { color: COLORS.amber, value: t * amber / 100 }, { color: COLORS.green, value: t * green / 100 },
                { color: COLORS.amber, value: t * 100 / green }, { color: COLORS.red, value: t * 100 / amber }
            ]);
        case 'band':
            return clean([{ color: COLORS.red, value: null }, { color: COLORS.green, value: t }, { color: COLORS.red, value: target.upper ?? t }]);
    }
}
