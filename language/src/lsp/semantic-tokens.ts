/**
 * Semantic tokens: names are coloured by what they denote (a persona like a
 * class, a motion like a function, a KPI like a property...), declarations
 * carry the `declaration` modifier, and target parts read as numbers,
 * operators and units. The TextMate grammar covers keywords, strings and
 * comments; this adds what only the parser knows.
 */
import type { AstNode } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { Gap, NumericTarget } from '../generated/ast.js';
import { kindInfo } from '../model/kinds.js';
import { isCause, isCoach, isCompetency, isGap, isIntervention, isKpi, isNumericTarget, isPer, isQuantity } from '../generated/ast.js';

const T = SemanticTokenTypes;

export class WpcmSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declared = kindInfo(node.$type)?.token;
        if (declared && (node as { name?: unknown }).name) {
            accept({ node: node as AstNode & { name: string }, property: 'name', type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        if (isCompetency(node)) {
            accept({ node, property: 'supports', type: T.function });
            accept({ node, property: 'coaches', type: T.variable });
        } else if (isCoach(node)) {
            accept({ node, property: 'expertIn', type: T.method });
        } else if (isKpi(node)) {
            accept({ node, property: 'source', type: T.namespace });
        } else if (isGap(node)) {
            this.affects(node, accept);
        } else if (isNumericTarget(node)) {
            this.target(node, accept);
        } else if (isQuantity(node)) {
            accept({ node, property: 'amount', type: T.number });
            accept({ node, property: 'currency', type: T.operator });
            accept({ node, property: 'percent', type: T.operator });
        } else if (isPer(node)) {
            accept({ node, property: 'term', type: T.type });
            accept({ node, property: 'period', type: T.enumMember });
        } else if (isCause(node)) {
            accept({ node, property: 'level', type: T.enumMember });
        } else if (isIntervention(node)) {
            accept({ node, property: 'kind', type: T.enumMember });
            accept({ node, property: 'addresses', type: T.enumMember });
        }
    }

    /** `affects` names a persona or a motion: colour each like what it resolved to. */
    private affects(gap: Gap, accept: SemanticTokenAcceptor): void {
        gap.affects.forEach((ref, index) => {
            accept({ node: gap, property: 'affects', index, type: ref.ref?.$type === 'Motion' ? T.function : T.class });
        });
    }

    private target(target: NumericTarget, accept: SemanticTokenAcceptor): void {
        accept({ node: target, property: 'comparator', type: T.operator });
        accept({ node: target, property: 'unit', type: T.type });
    }
}
