/** cause-unaddressed: no intervention addresses the cause's level with a kind that fits its cell. */
import type { Cause, Cell, Level } from '../generated/ast.js';
import { addIntervention, causeAt, kindFor } from './gap-fixes.js';
import { analyzeGap } from '../model/gaps.js';
import { isTraining } from '../model/interventions.js';
import { listWords } from '../text/words.js';
import { defineRule } from './rule.js';

function describeCause(cause: Cause): string {
    return cause.cell ? `${cause.level}-level ${cause.cell} cause` : `${cause.level}-level cause`;
}

export const causeUnaddressed = defineRule({
    code: 'cause-unaddressed',
    severity: 'warning',
    summary: 'No intervention addresses this cause\'s level with a kind that fits its cell.',
    docs: {
        why: 'Every cause needs an intervention that can remove it: one that addresses its level with a kind that fits its cell '
            + '(see the fit table in the README). Training fits knowledge causes of performers; an incentives cause needs compensation '
            + 'or recognition, an information cause feedback, dashboards or clear expectations. A cause left without one keeps the gap open.',
        bad: 'cause organization "Metrics dis-incent sharing customers across units." as incentives\nintervention structure "One account owner per customer" addresses organization',
        good: 'cause organization "Metrics dis-incent sharing customers across units." as incentives\nintervention structure "One account owner per customer" addresses organization\nintervention compensation "Shared credit for cross-unit deals" addresses organization',
        fix: 'Add an intervention at the cause\'s level whose kind fits its cell. The quick fix adds one with the kind the fit table proposes for the cell. '
            + 'When no intervention works at the cause\'s level at all, `gap-level-uncovered` reports the level instead (one finding per problem).'
    },
    checks: {
        Gap: (gap, context) => {
            const analysis = analyzeGap(gap);
            for (const { cause, addressedBy, fittedBy } of analysis.causes) {
                // A level nothing can change is gap-level-uncovered's finding: one finding per problem.
                if (fittedBy.length > 0 || cause.text === undefined || analysis.uncoveredLevels.includes(cause.level)) continue;
                const kinds = [...new Set(addressedBy.filter(i => !isTraining(i) || cause.level === 'performer').map(i => i.kind))];
                const kind = kindFor(cause.level, cause.cell);
                const advice = kind ? ` (e.g. "intervention ${kind} ... addresses ${cause.level}")` : '';
                // "coaching and training do not fit": the verb agrees with the list of kinds.
                const verb = kinds.length === 1 ? 'does' : 'do';
                context.report(`Nothing in gap '${gap.name}' fits this ${describeCause(cause)}: ${listWords(kinds)} ${verb} not fit ${cause.cell}; add an intervention that does${advice}.`,
                    { node: cause, property: 'text', data: { level: cause.level, cell: cause.cell } });
            }
        }
    },
    fixes: [context => {
        const cause = causeAt(context);
        if (!cause) return [];
        const kind = kindFor(cause.level as Level, cause.cell as Cell | undefined);
        return kind ? addIntervention(context, kind, [cause.level], `Add a ${kind} intervention that addresses ${cause.level}`) : [];
    }]
});
