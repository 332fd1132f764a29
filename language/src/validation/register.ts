import type { ValidationChecks } from 'langium';
import type { WpcmAstType } from '../generated/ast.js';
import type { WpcmServices } from '../wpcm-module.js';
import { CompetencyValidator } from './competency-validator.js';
import { KpiValidator } from './kpi-validator.js';
import { MotionValidator } from './motion-validator.js';
import { PersonaValidator } from './persona-validator.js';
import { StructureValidator } from './structure-validator.js';
import { HPT_RULES } from '../rules/hpt.js';
import { ruleModuleChecks } from './rule-hook.js';

export function registerValidationChecks(services: WpcmServices): void {
    const registry = services.validation.ValidationRegistry;
    const facts = services.wpcm.WorkspaceFacts;
    const motion = new MotionValidator(facts);
    const kpi = new KpiValidator();
    const competency = new CompetencyValidator();
    const persona = new PersonaValidator();
    const structure = new StructureValidator(facts);
    const single = structure.checkSingleClauses.bind(structure);
    const checks: ValidationChecks<WpcmAstType> = {
        Document: structure.checkDocument.bind(structure),
        Persona: persona.checkHasMotions.bind(persona),
        Motion: [
            motion.checkTitleIsVerbPhrase.bind(motion),
            motion.checkHasGoal.bind(motion),
            motion.checkHasKpi.bind(motion),
            motion.checkHasCompetency.bind(motion),
            single
        ],
        Kpi: [kpi.checkNumericTarget.bind(kpi), kpi.checkSource.bind(kpi), single],
        NumericTarget: kpi.checkTarget.bind(kpi),
        Competency: [
            competency.checkTitle.bind(competency),
            competency.checkSupportsMotion.bind(competency),
            competency.checkValueStatement.bind(competency),
            single
        ],
        Coach: single,
        Organization: single
    };
    registry.register(checks);
    registry.register(ruleModuleChecks(services, HPT_RULES)); // temporary hook, see rule-hook.ts
}
