/** Targets that no actual could meet, or that contradict themselves, are errors. */
import { GrammarUtils } from 'langium';
import { isNumericTarget } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { targetValue } from '../model/targets.js';
import { defineRule } from './rule.js';

export const kpiTargetOutOfRange = defineRule({
    code: 'kpi-target-out-of-range',
    severity: 'error',
    summary: 'A target value is impossible: a negative count or duration, or a reversed range.',
    docs: {
        why: 'A dashboard computes attainment from the target. A negative count or duration, or a `between` whose lower bound exceeds the upper one, cannot be attained by any actual, so the model would generate panels that are always wrong. Percentages are not bounded: net revenue retention, quota attainment and growth above 100 % are normal targets ("always trying to reach 100% or more"), and growth can be negative.',
        bad: 'kpi Conversion "Lead conversion" {\n    target between 30 and 20 %\n    measured in CRM\n}',
        good: 'kpi Conversion "Lead conversion" {\n    target between 20 and 30 %\n    measured in CRM\n}',
        fix: 'Correct the number. For a reversed range the quick fix *Swap the bounds* exchanges the two numbers.'
    },
    checks: {
        NumericTarget(target, context) {
            if (!target.value?.amount || (target.between && !target.upper?.amount)) return;
            const value = targetValue(target);
            const kpi = target.$container.name;
            if (value.comparison === 'between' && value.upper !== undefined && value.value > value.upper) {
                context.report(`KPI '${kpi}': the range is reversed (${value.value} > ${value.upper}); write the lower bound first.`, { node: target });
                return;
            }
            const bounds = value.upper === undefined ? [value.value] : [value.value, value.upper];
            // Percentages have no bounds (110 % retention, -5 % growth); only counts and durations cannot be negative.
            if ((value.kind === 'count' || value.kind === 'duration') && bounds.some(v => v < 0)) {
                context.report(`KPI '${kpi}': a ${value.kind === 'count' ? 'count' : 'duration'} cannot be negative.`, { node: target });
            }
        }
    },
    fixes: [
        /** `between 20 and 10 %` -> `between 10 and 20 %`: only the numbers move. */
        function swapBounds(context) {
            const target = containerOf(context, isNumericTarget);
            const low = GrammarUtils.findNodeForProperty(target?.value.$cstNode, 'amount');
            const high = GrammarUtils.findNodeForProperty(target?.upper?.$cstNode, 'amount');
            const value = target && targetValue(target);
            if (!value || value.upper === undefined || value.value <= value.upper || !low || !high) return [];
            return quickFix(context, 'Swap the bounds', [
                { range: low.range, newText: high.text },
                { range: high.range, newText: low.text }
            ], true);
        }
    ]
});
