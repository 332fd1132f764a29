/** A KPI needs a number to be attained, or a dashboard cannot colour it. */
import { isKpi, isTextTarget } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

const TARGET_STUB = '>= 1 per week';

export const kpiNoNumericTarget = defineRule({
    code: 'kpi-no-numeric-target',
    severity: 'warning',
    summary: 'A KPI has no target, or a target that is not a number.',
    docs: {
        why: 'Attainment is the actual measured against a numeric target. A KPI without one ("above average", or nothing at all) can be shown on a dashboard but never turns red or green, so it cannot tell a manager who needs coaching.',
        bad: 'kpi Satisfaction "Satisfaction at three months" {\n    target "above average"\n    measured in Survey\n}',
        good: 'kpi Satisfaction "Satisfaction at three months" {\n    target >= 4.5\n    measured in Survey\n}',
        fix: 'State the target as a comparator and a number: `>= 60 touches per day`, `<= 90 days`, `>= 75 %`, `between 40 and 60 %`. The quick fix inserts (or replaces a quoted target with) `>= 1 per week` to adjust.'
    },
    checks: {
        Kpi(kpi, context) {
            if (!kpi.name) return;
            if (!kpi.target) {
                context.report(`KPI '${kpi.name}' has no target; add one such as "target >= 10 per week".`,
                    { node: kpi, property: 'name' });
            } else if (isTextTarget(kpi.target) && kpi.target.text !== undefined) {
                context.report(`Target "${kpi.target.text}" of KPI '${kpi.name}' is not a number; state it as a comparator and a number, e.g. "target >= 4.5".`,
                    { node: kpi.target });
            }
        }
    },
    fixes: [
        function addTarget(context) {
            const kpi = containerOf(context, isKpi);
            if (!kpi) return [];
            if (isTextTarget(kpi.target) && kpi.target.$cstNode) {
                return quickFix(context, `Replace "${kpi.target.text}" with a numeric target`,
                    [{ range: kpi.target.$cstNode.range, newText: TARGET_STUB }], true);
            }
            if (kpi.target) return [];
            return quickFix(context, 'Add a target', [insertClauses(context.document, kpi, [`target ${TARGET_STUB}`], 'start')], true);
        }
    ]
});
