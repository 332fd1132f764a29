/**
 * gap-no-cause: interventions chosen before any cause is stated, or a cause
 * stated without saying what it is (`cause process ""`): an empty cause is no
 * more a stated cause than a missing one, and the gap report would print it
 * as a blank line.
 */
import type { Gap, Level } from '../generated/ast.js';
import { quickFix } from '../lsp/fixes/context.js';
import { gapOf } from './gap-fixes.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { statedLevels } from '../model/interventions.js';
import { defineRule } from './rule.js';

/** Where a new cause goes: after the last affects/performance clause, else first. */
function causeAnchor(gap: Gap) {
    const before = [...gap.performances.map(p => p.$cstNode), ...gap.affects.map(a => a.$refNode)]
        .filter(node => node !== undefined).sort((a, b) => a.offset - b.offset).at(-1);
    return before ?? 'start';
}

export const gapNoCause = defineRule({
    code: 'gap-no-cause',
    severity: 'warning',
    summary: 'A gap has interventions but no cause, or a cause has no description.',
    docs: {
        why: 'Cause analysis comes before intervention selection: an intervention chosen with no cause stated is a solution looking for a problem, '
            + 'and nothing can show whether it fits. '
            + 'A cause with an empty description (`cause process ""`) states no cause either: its level and cell say where to look, not what is wrong, '
            + 'and the gap report can only show it as "(no description)".',
        bad: 'gap SlowDeals "Deals take too long" {\n    performance TimeToClose is 120 days\n    intervention training "Closing skills"\n}',
        good: 'gap SlowDeals "Deals take too long" {\n    performance TimeToClose is 120 days\n    cause process "Legal review waits a week for each contract." as resources\n    intervention process "Standard contract with pre-approved clauses"\n}',
        fix: 'State each cause with its level (and cell). The quick fix adds a cause at the level the first intervention addresses, for you to describe. '
            + 'For a cause with an empty description, write what causes the gap between the quotes.'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name || gap.causes.length > 0 || gap.interventions.length === 0) return;
            context.report(`Gap '${gap.name}' has interventions but no cause: state the causes first ("cause <level> \\"...\\" as <cell>") so the interventions can be checked against them.`,
                { node: gap, property: 'name' });
        },
        Cause: (cause, context) => {
            // undefined text is a syntax error, already reported; only spaces is as empty as "".
            if (cause.text === undefined || cause.text.trim() !== '') return;
            context.report(`This ${cause.level}-level cause has no description: write what causes the gap between the quotes, so the gap report can say what the interventions remove.`,
                { node: cause, property: 'text', data: { emptyCause: true } });
        }
    },
    fixes: [context => {
        // Adding another cause would not describe the empty one: no fix for it.
        if ((context.diagnostic.data as { emptyCause?: boolean } | undefined)?.emptyCause) return [];
        const gap = gapOf(context);
        if (!gap) return [];
        const level: Level = gap.interventions.flatMap(statedLevels)[0] ?? 'performer';
        const anchor = causeAnchor(gap);
        return quickFix(context, `Add a ${level}-level cause`,
            [insertClauses(context.document, gap, [`cause ${level} "Describe the cause"`], anchor)], true);
    }]
});
