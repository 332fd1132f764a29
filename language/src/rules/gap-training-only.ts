/** Training cannot fix causes that sit at the organization or process level. */
import { isGap } from '../generated/ast.js';
import { containerOf } from '../lsp/fixes/context.js';
import { isTraining } from '../model/interventions.js';
import { addIntervention } from './gap-fixes.js';
import { defineRule } from './rule.js';

export const gapTrainingOnly = defineRule({
    code: 'gap-training-only',
    severity: 'warning',
    summary: 'A gap with organization- or process-level causes is addressed by training only.',
    docs: {
        why: 'Human Performance Technology places a gap\'s causes at three levels: organization, process and performer. Training changes what performers know; it cannot change compensation, structure or a broken process. When such causes exist and training is the only intervention, the gap will stay open however good the training is.',
        bad: 'gap Forecasts "Forecasts beyond 30 days are unreliable" {\n    affects LoanSeller\n    cause organization "Quarterly targets push sellers to close on our timetable."\n    intervention training "CRM proficiency training" addresses performer\n}',
        good: 'gap Forecasts "Forecasts beyond 30 days are unreliable" {\n    affects LoanSeller\n    cause organization "Quarterly targets push sellers to close on our timetable."\n    intervention training "CRM proficiency training" addresses performer\n    intervention compensation "Pay on multi-quarter customer value" addresses organization\n}',
        fix: 'Add an intervention that addresses those levels (compensation, structure, process redesign). The quick fix inserts one addressing every organization- and process-level cause.'
    },
    checks: {
        Gap(gap, context) {
            const systemic = gap.causes.filter(c => c.level !== 'performer').map(c => c.level);
            const first = gap.interventions[0];
            if (!first || !gap.name || systemic.length === 0 || !gap.interventions.every(isTraining)) return;
            const levels = [...new Set(systemic)].join(' and ');
            context.report(`Gap '${gap.name}' has ${levels}-level causes but only training interventions; training cannot fix them, so add an intervention that addresses ${levels}.`,
                { node: first });
        }
    },
    fixes: [
        function addSystemicIntervention(context) {
            const gap = containerOf(context, isGap);
            return addIntervention(context, [...new Set(gap?.causes.map(c => c.level).filter(l => l !== 'performer'))]);
        }
    ]
});
