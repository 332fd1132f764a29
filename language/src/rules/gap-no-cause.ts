/** gap-no-cause: interventions chosen before any cause is stated. */
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
    summary: 'A gap has interventions but no cause.',
    docs: {
        why: 'Cause analysis comes before intervention selection: an intervention chosen with no cause stated is a solution looking for a problem, '
            + 'and nothing can show whether it fits.',
        bad: 'gap SlowDeals "Deals take too long" {\n    performance TimeToClose is 120 days\n    intervention training "Closing skills"\n}',
        good: 'gap SlowDeals "Deals take too long" {\n    performance TimeToClose is 120 days\n    cause process "Legal review waits a week for each contract." as resources\n    intervention process "Standard contract with pre-approved clauses"\n}',
        fix: 'State each cause with its level (and cell). The quick fix adds a cause at the level the first intervention addresses, for you to describe.'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name || gap.causes.length > 0 || gap.interventions.length === 0) return;
            context.report(`Gap '${gap.name}' has interventions but no cause: state the causes first ("cause <level> \\"...\\" as <cell>") so the interventions can be checked against them.`,
                { node: gap, property: 'name' });
        }
    },
    fixes: [context => {
        const gap = gapOf(context);
        if (!gap) return [];
        const level: Level = gap.interventions.flatMap(statedLevels)[0] ?? 'performer';
        const anchor = causeAnchor(gap);
        return quickFix(context, `Add a ${level}-level cause`,
            [insertClauses(context.document, gap, [`cause ${level} "Describe the cause"`], anchor)], true);
    }]
});
