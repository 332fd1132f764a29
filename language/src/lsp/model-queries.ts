/**
 * Questions the editor features ask about the model as a whole: which
 * competencies (in any file of the model) support a motion, what a persona
 * adds up to.
 */
import type { LangiumCoreServices } from 'langium';
import { AstUtils } from 'langium';
import type { Competency, Kpi, Motion, Persona } from '../generated/ast.js';
import { competenciesOf, motionsOf } from '../model/elements.js';
import { supportIndexOf } from '../model/support.js';
import { targetValue } from '../model/targets.js';
import { documentsOfModel } from '../model/visibility.js';

/** Competencies in any file of the motion's model whose `supports` resolves to it (see model/support.ts). */
export function supportingCompetencies(services: LangiumCoreServices, motion: Motion): readonly Competency[] {
    const documents = documentsOfModel(services.shared, AstUtils.getDocument(motion).uri);
    return supportIndexOf(documents).supportersOf(motion);
}

/**
 * A persona's competencies: those declared inside it, then those anywhere in its model that
 * support one of its motions (a competency file apart from the persona's, as the module
 * outlines count them), without repeats.
 */
export function personaCompetencies(services: LangiumCoreServices, persona: Persona): readonly Competency[] {
    const index = supportIndexOf(documentsOfModel(services.shared, AstUtils.getDocument(persona).uri));
    return [...new Set([...competenciesOf(persona), ...motionsOf(persona).flatMap(m => index.supportersOf(m))])];
}

export function hasNumericTarget(kpi: Kpi): boolean {
    return targetValue(kpi.target) !== undefined;
}

export interface PersonaSummary { motions: number; kpis: number; withoutTarget: number }

export function summarizePersona(persona: Persona): PersonaSummary {
    const motions = motionsOf(persona);
    const kpis = motions.flatMap(m => m.kpis);
    return { motions: motions.length, kpis: kpis.length, withoutTarget: kpis.filter(k => !hasNumericTarget(k)).length };
}
