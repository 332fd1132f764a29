/**
 * Walks the named elements of a document without visiting every AST node:
 * targets, quantities and strings never carry names, so the walk stays cheap
 * on large workspaces.
 */
import type { AstNode } from 'langium';
import type { Competency, Document, Kpi, Motion, Persona } from '../generated/ast.js';
import { isCompetency, isMotion, isPersona } from '../generated/ast.js';

export type NamedElement = Exclude<Document['elements'][number], { $type: 'ModelHeader' }> | Motion | Kpi;

export function* namedElements(document: Document): Generator<NamedElement> {
    for (const element of document.elements) {
        if (element.$type === 'ModelHeader') continue;
        yield element;
        if (isPersona(element)) {
            for (const member of element.members) {
                yield member;
                if (isMotion(member)) yield* member.kpis;
            }
        }
    }
}

export function motionsOf(persona: Persona): Motion[] {
    return persona.members.filter(isMotion);
}

export function competenciesOf(persona: Persona): Competency[] {
    return persona.members.filter(isCompetency);
}

/** Every competency of a document, inside personas or at the top level. */
export function* competenciesIn(document: Document): Generator<Competency> {
    for (const element of document.elements) {
        if (isCompetency(element)) yield element;
        else if (isPersona(element)) yield* competenciesOf(element);
    }
}

/** The persona a node belongs to, if any. */
export function personaOf(node: AstNode): Persona | undefined {
    let current: AstNode | undefined = node;
    while (current && !isPersona(current)) current = current.$container;
    return current;
}
