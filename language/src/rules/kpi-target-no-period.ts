/** "60 touches" means nothing until it says per what: a day, a week, a lead. */
import { isNumericTarget } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { targetValue } from '../model/targets.js';
import { isMultiple } from '../text/multiples.js';
import { defineRule } from './rule.js';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

export const kpiTargetNoPeriod = defineRule({
    code: 'kpi-target-no-period',
    severity: 'info',
    summary: 'A target that counts things (a number with a unit word) has no period or term.',
    docs: {
        why: 'A count only becomes a rate a seller can pace against when it says what it is counted per. "At least 60 touches" could be a day\'s work or a quarter\'s; the actuals computation needs to know which.',
        bad: 'kpi Touches "Touches to contacts" {\n    target >= 60 touches\n    measured in Engagement\n}',
        good: 'kpi Touches "Touches to contacts" {\n    target >= 60 touches per day\n    measured in Engagement\n}',
        fix: 'Add `per day|week|month|quarter|year`, or `per <Term>` for a ratio to a defined term (`>= 1 open per Lead`). The quick fixes append each period. Scores and ratios written as a bare number (`>= 4.5`, `>= 0.75`) or as a multiple (`>= 3x` pipeline coverage) are not counts and are not reported.'
    },
    checks: {
        NumericTarget(target, context) {
            if (!target.value?.amount || (target.between && !target.upper?.amount)) return;
            const value = targetValue(target);
            // Only a count of things (a unit word: touches, calls, Meetings) is paced per period;
            // a bare number is a score or a ratio (>= 4.5, >= 0.75), which the KPI's title explains,
            // and so is a multiple (pipeline coverage >= 3x).
            if (value.kind !== 'count' || !value.unit || isMultiple(value.unit) || value.period || value.perTerm) return;
            context.report(`KPI '${target.$container.name}': say what the count is per, e.g. "per week" or "per <Term>".`,
                { node: target });
        }
    },
    fixes: [
        function addPeriod(context) {
            const target = containerOf(context, isNumericTarget);
            const end = target?.$cstNode?.range.end;
            if (!target || !end || target.per) return [];
            return PERIODS.flatMap(period => quickFix(context, `Add "per ${period}"`, [{ range: { start: end, end }, newText: ` per ${period}` }]));
        }
    ]
});
