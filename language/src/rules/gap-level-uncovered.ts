/** Each level that has a cause needs an intervention that addresses it. */
import { isCause } from '../generated/ast.js';
import { containerOf } from '../lsp/fixes/context.js';
import { addressedLevels, LEVELS } from '../model/interventions.js';
import { addIntervention } from './gap-fixes.js';
import { defineRule } from './rule.js';

export const gapLevelUncovered = defineRule({
    code: 'gap-level-uncovered',
    severity: 'info',
    summary: 'A cause level is not addressed by any intervention.',
    docs: {
        why: 'A cause that no intervention addresses stays in place, and the gap with it. Listing interventions by the level they address (`addresses organization, process`) makes the analysis checkable.',
        bad: 'gap Forecasts "Forecasts beyond 30 days are unreliable" {\n    cause process "Managers do not run meetings from CRM reports."\n    intervention training "CRM training" addresses performer\n}',
        good: 'gap Forecasts "Forecasts beyond 30 days are unreliable" {\n    cause process "Managers do not run meetings from CRM reports."\n    intervention process "Weekly pipeline review from CRM reports" addresses process\n}',
        fix: 'Add an intervention with `addresses <level>` for the level. The quick fix inserts one.'
    },
    checks: {
        Gap(gap, context) {
            const covered = new Set(gap.interventions.flatMap(addressedLevels));
            for (const level of LEVELS) {
                const cause = gap.causes.find(c => c.level === level);
                if (!cause || !gap.name || covered.has(level)) continue;
                context.report(`No intervention of gap '${gap.name}' addresses its ${level}-level cause; add one with "addresses ${level}".`,
                    { node: cause, property: 'level' });
            }
        }
    },
    fixes: [
        function addInterventionForLevel(context) {
            const cause = containerOf(context, isCause);
            return cause ? addIntervention(context, [cause.level]) : [];
        }
    ]
});
