/** gap-training-only: the framework's lesson at the level of a gap. */
import type { Level } from '../generated/ast.js';
import { addIntervention, gapOf, KIND_FOR_LEVEL } from './gap-fixes.js';
import { analyzeGap } from '../model/gaps.js';
import { defineRule } from './rule.js';

function systemicLevels(levels: readonly Level[]): Level[] {
    return levels.filter(level => level !== 'performer');
}

export const gapTrainingOnly = defineRule({
    code: 'gap-training-only',
    severity: 'warning',
    summary: 'A gap with organization- or process-level causes is addressed by training only.',
    docs: {
        why: '"Training, by itself, no matter how good, has literally no chance of improving the performance" when causes sit at the '
            + 'organization level (compensation, structure) or the process level (a process nobody runs, a CRM nobody reads). '
            + 'Training works on performers only (coaching counts as training).',
        bad: 'cause organization "Quarterly targets push sellers to close on our timetable."\nintervention training "CRM proficiency training" addresses performer',
        good: 'cause organization "Quarterly targets push sellers to close on our timetable."\nintervention compensation "Pay on multi-quarter customer value" addresses organization\nintervention training "CRM proficiency training" addresses performer',
        fix: 'Add an intervention that addresses the organization and process levels. The quick fix adds one for you to describe.'
    },
    checks: {
        Gap: (gap, context) => {
            const analysis = analyzeGap(gap);
            const first = gap.interventions[0];
            if (!first || !gap.name || !analysis.trainingOnly) return;
            const levels = systemicLevels(analysis.causeLevels).join(' and ');
            context.report(`Gap '${gap.name}' has ${levels}-level causes but only training interventions; training cannot fix them, so add an intervention that addresses ${levels}.`,
                { node: first });
        }
    },
    fixes: [context => {
        const gap = gapOf(context);
        const levels = gap ? systemicLevels(analyzeGap(gap).causeLevels) : [];
        return levels.length > 0 ? addIntervention(context, KIND_FOR_LEVEL[levels[0]!], levels, `Add an intervention that addresses ${levels.join(' and ')}`) : [];
    }]
});
