/** cause-no-cell: a cause not classified by Gilbert's cell. */
import { quickFix } from '../lsp/fixes/context.js';
import { causeAt } from './gap-fixes.js';
import { CELLS, isEnvironmentCell } from '../model/gaps.js';
import { defineRule } from './rule.js';

export const causeNoCell = defineRule({
    code: 'cause-no-cell',
    severity: 'info',
    summary: 'A cause is not classified by its cell (information, resources, incentives; knowledge, capacity, motives).',
    docs: {
        why: 'Gilbert\'s Behavior Engineering Model sorts causes into six cells: in the environment information, resources and incentives, '
            + 'in the individual knowledge, capacity and motives. The cell decides which interventions can work: training fits knowledge, '
            + 'compensation fits incentives. An unclassified cause can only be matched by its level.',
        bad: 'cause organization "Quarterly targets and a low base salary push sellers to close on our timetable."',
        good: 'cause organization "Quarterly targets and a low base salary push sellers to close on our timetable." as incentives',
        fix: 'Add `as <cell>`. The quick fixes offer the six cells, the environment first (examine it before the individual).'
    },
    checks: {
        Cause: (cause, context) => {
            if (cause.cell !== undefined || cause.text === undefined) return;
            context.report(`This ${cause.level}-level cause is not classified by its cell: add "as <cell>" (information, resources, incentives, knowledge, capacity or motives).`,
                { node: cause, keyword: 'cause' });
        }
    },
    fixes: [context => {
        const end = causeAt(context)?.$cstNode?.range.end;
        if (!end) return [];
        return CELLS.flatMap(cell => quickFix(context, `Classify as ${cell} (${isEnvironmentCell(cell) ? 'environment' : 'individual'})`,
            [{ range: { start: end, end }, newText: ` as ${cell}` }]));
    }]
});
