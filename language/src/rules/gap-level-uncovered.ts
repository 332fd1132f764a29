/** gap-level-uncovered: a level with causes that no intervention can change. */
import { addIntervention, causeAt, KIND_FOR_LEVEL, kindFor } from './gap-fixes.js';
import { analyzeGap } from '../model/gaps.js';
import { defineRule } from './rule.js';

export const gapLevelUncovered = defineRule({
    code: 'gap-level-uncovered',
    severity: 'info',
    summary: 'A cause level is not addressed by any intervention.',
    docs: {
        why: 'Rummler and Brache: performance is managed at three levels (organization, process, performer). A level with causes and no '
            + 'intervention that can change it keeps the gap open whatever is done at the others. Training counts for the performer level only.',
        bad: 'cause process "Managers do not run weekly meetings from CRM reports."\nintervention training "CRM proficiency for managers" addresses process',
        good: 'cause process "Managers do not run weekly meetings from CRM reports."\nintervention process "Weekly pipeline review from CRM reports" addresses process',
        fix: 'Add an intervention with `addresses <level>`. The quick fix adds one, of a kind that fits the cause\'s cell, for you to describe.'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name) return;
            for (const level of analyzeGap(gap).uncoveredLevels) {
                const cause = gap.causes.find(c => c.level === level)!;
                context.report(`No intervention of gap '${gap.name}' addresses its ${level}-level cause; add one with "addresses ${level}".`,
                    { node: cause, property: 'level' });
            }
        }
    },
    fixes: [context => {
        const cause = causeAt(context);
        return cause ? addIntervention(context, kindFor(cause.level, cause.cell) ?? KIND_FOR_LEVEL[cause.level], [cause.level], `Add an intervention that addresses ${cause.level}`) : [];
    }]
});
