/**
 * performance-unit-mismatch: a current performance that is not in its KPI target's terms cannot
 * be sized. The gap report says "unknown" for it; this says so where the line is written.
 */
import { performanceMismatch } from '../model/gaps.js';
import { describeTarget, targetValue } from '../model/targets.js';
import { defineRule } from './rule.js';

export const performanceUnitMismatch = defineRule({
    code: 'performance-unit-mismatch',
    severity: 'warning',
    summary: 'A current performance is not in the terms of its KPI\'s target, so the gap cannot be sized.',
    docs: {
        why: 'The size of a gap is the distance between the current performance and the KPI\'s target, in the target\'s terms. '
            + 'A cycle of "9 weeks" against "at most 45 days", "45" against "at least 80 %" or "12k" against "at least $50k" '
            + 'cannot be compared without guessing, so the gap report cannot say how large the gap is or whether it is worth closing.',
        bad: 'kpi CycleLength "Sales cycle length" { target <= 45 days }\n...\nperformance CycleLength is 9 weeks',
        good: 'kpi CycleLength "Sales cycle length" { target <= 45 days }\n...\nperformance CycleLength is 63 days',
        fix: 'Write the current value in the target\'s unit: a percentage for a percent target, an amount with its currency for an '
            + 'amount, the same unit word (in any number or case: `Lead` and `leads` are one unit). There is no quick fix: converting '
            + 'the number is for you to check.'
    },
    checks: {
        Performance: (performance, context) => {
            const kpi = performance.kpi?.ref;
            const target = kpi ? targetValue(kpi.target) : undefined;
            // No KPI or no numeric target are other rules' findings (unresolved-reference, kpi-no-numeric-target).
            if (!kpi || !target) return;
            const problem = performanceMismatch(performance, target);
            if (!problem) return;
            context.report(`The performance on '${kpi.name}' cannot be compared with its target (${describeTarget(target)}): ${problem}; state it in the target's terms so the gap has a size.`,
                performance.unit ? { node: performance, property: 'unit' } : { node: performance, property: 'value' });
        }
    }
});
