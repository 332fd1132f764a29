/**
 * Questions the editor features ask about the model as a whole: which
 * competencies (in any file) support a motion, what a persona adds up to.
 * Reverse lookups go through Langium's reference index, so they see every
 * file of the workspace without walking it.
 */
import type { AstNode, LangiumCoreServices } from 'langium';
import type { Competency, Kpi, Motion, Persona } from '../generated/ast.js';
import { isCompetency } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { targetValue } from '../model/targets.js';

/** The AST nodes that hold a reference to `target`, each once. */
export function referrersOf(services: LangiumCoreServices, target: AstNode): AstNode[] {
    const documents = services.shared.workspace.LangiumDocuments;
    const locator = services.workspace.AstNodeLocator;
    const seen = new Set<string>();
    const result: AstNode[] = [];
    for (const reference of services.references.References.findReferences(target, { includeDeclaration: false })) {
        const key = `${reference.sourceUri.toString()}#${reference.sourcePath}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const document = documents.getDocument(reference.sourceUri);
        const node = document && locator.getAstNode(document.parseResult.value, reference.sourcePath);
        if (node) result.push(node);
    }
    return result;
}

/** Competencies anywhere in the workspace whose `supports` names this motion. */
export function supportingCompetencies(services: LangiumCoreServices, motion: Motion): Competency[] {
    return referrersOf(services, motion).filter(isCompetency).filter(c => c.supports.some(ref => ref.ref === motion));
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
