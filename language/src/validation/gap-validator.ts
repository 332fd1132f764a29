import type { ValidationAcceptor } from 'langium';
import type { Gap } from '../generated/ast.js';
import { addressedLevels, isTraining, LEVELS } from '../model/interventions.js';
import { RULES } from '../rules.js';
import { report } from './report.js';

export class GapValidator {

    checkNotTrainingOnly(gap: Gap, accept: ValidationAcceptor): void {
        const systemic = gap.causes.filter(c => c.level !== 'performer').map(c => c.level);
        const first = gap.interventions[0];
        if (!first || !gap.name || systemic.length === 0 || !gap.interventions.every(isTraining)) return;
        const levels = [...new Set(systemic)].join(' and ');
        report(accept, RULES.gapTrainingOnly,
            `Gap '${gap.name}' has ${levels}-level causes but only training interventions; training cannot fix them, so add an intervention that addresses ${levels}.`,
            { node: first });
    }

    checkLevelsCovered(gap: Gap, accept: ValidationAcceptor): void {
        const covered = new Set(gap.interventions.flatMap(addressedLevels));
        for (const level of LEVELS) {
            const cause = gap.causes.find(c => c.level === level);
            if (!cause || !gap.name || covered.has(level)) continue;
            report(accept, RULES.gapLevelUncovered,
                `No intervention of gap '${gap.name}' addresses its ${level}-level cause; add one with "addresses ${level}".`,
                { node: cause, property: 'level' });
        }
    }
}
