/**
 * Structural checks the grammar cannot express with a clear message:
 * workspace-wide duplicate names, clauses given twice, two model headers.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { LeafCstNode } from 'langium';
import { AstUtils, isCompositeCstNode, isLeafCstNode } from 'langium';
import type { Document } from '../generated/ast.js';
import type { NamedElement } from '../model/elements.js';
import { namedElements } from '../model/elements.js';
import { RULES } from '../rules.js';
import type { WorkspaceFacts } from '../workspace-facts.js';
import { report } from './report.js';

/** Clauses that may appear once per block: a repeat would silently win. */
const SINGLE_CLAUSES: Readonly<Record<string, readonly string[]>> = {
    Motion: ['goal'],
    Kpi: ['target', 'counts', 'measured'],
    Competency: ['value'],
    Coach: ['role'],
    Organization: ['strategy', 'reports']
};

const KIND_WORDS: Readonly<Record<string, string>> = {
    Term: 'term', System: 'system', Persona: 'persona', Motion: 'motion', Kpi: 'KPI', Competency: 'competency',
    Coach: 'coach', Organization: 'organization', Gap: 'gap'
};

/**
 * The tokens of a block itself, not of the blocks nested in it: clause
 * keywords are among them. A block reached through an unassigned rule call
 * (a persona member) sits one composite node deeper.
 */
function ownTokens(node: AstNode): LeafCstNode[] {
    let cst = node.$cstNode;
    while (isCompositeCstNode(cst) && cst.content.length === 1 && isCompositeCstNode(cst.content[0])) cst = cst.content[0];
    return isCompositeCstNode(cst) ? cst.content.filter(isLeafCstNode) : [];
}

export function kindWord(type: string): string {
    return KIND_WORDS[type] ?? type.toLowerCase();
}

export class StructureValidator {
    constructor(private readonly facts: WorkspaceFacts) {}

    checkDocument(document: Document, accept: ValidationAcceptor): void {
        const headers = document.elements.filter(e => e.$type === 'ModelHeader');
        for (const header of headers.slice(1)) {
            report(accept, RULES.duplicateModelHeader,
                'This file already has a model header; a file describes one model, so remove this one.',
                { node: header });
        }
        const model = this.facts.modelOf(AstUtils.getDocument(document).uri);
        for (const element of namedElements(document)) {
            this.checkUniqueName(element, model, accept);
        }
    }

    private checkUniqueName(element: NamedElement, model: string, accept: ValidationAcceptor): void {
        if (!element.name) return;
        const count = this.facts.declarationCount(element.$type, element.name, model);
        if (count < 2) return;
        report(accept, RULES.duplicateName,
            `Duplicate ${kindWord(element.$type)} name '${element.name}': declared ${count} times in this model; names must be unique, so rename one.`,
            { node: element, property: 'name' });
    }

    checkSingleClauses(node: AstNode, accept: ValidationAcceptor): void {
        const keywords = SINGLE_CLAUSES[node.$type];
        if (!keywords) return;
        const seen = new Set<string>();
        for (const leaf of ownTokens(node)) {
            // Keyword tokens are named after their keyword; reading the name is cheaper than the text.
            const keyword = leaf.tokenType.name;
            if (!keywords.includes(keyword)) continue;
            if (!seen.has(keyword)) {
                seen.add(keyword);
                continue;
            }
            report(accept, RULES.duplicateClause,
                `'${keyword}' is given more than once in ${kindWord(node.$type)} '${(node as { name?: string }).name ?? ''}'; keep one (only the last counts).`,
                { node, range: leaf.range });
        }
    }
}
