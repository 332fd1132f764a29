/**
 * The outline: every named element with its title as detail, nested the way
 * the model reads: persona > motions > KPIs, and the persona's competencies.
 */
import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { isKpi, isMotion, isPersona } from '../generated/ast.js';
import { describeTarget, targetValue } from '../model/targets.js';
import { kindsOf } from './node-kinds.js';

type Named = AstNode & { name?: string; title?: string };

function detailOf(node: Named): string | undefined {
    const target = isKpi(node) ? targetValue(node.target) : undefined;
    return target ? `${node.title}: ${describeTarget(target)}` : node.title;
}

function childrenOf(node: AstNode): AstNode[] {
    if (isPersona(node)) return node.members;
    if (isMotion(node)) return node.kpis;
    return [];
}

export class WpcmDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nameProvider: NameProvider;

    constructor(services: LangiumServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        return this.symbolsOf((document.parseResult.value as Document).elements);
    }

    private symbolsOf(nodes: readonly AstNode[]): DocumentSymbol[] {
        return nodes.flatMap(node => this.symbolOf(node as Named) ?? []);
    }

    private symbolOf(node: Named): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !node.name) return undefined;
        const symbol: DocumentSymbol = {
            name: node.name,
            kind: kindsOf(node.$type).symbol,
            range: cst.range,
            selectionRange: this.nameProvider.getNameNode(node)?.range ?? cst.range,
            children: this.symbolsOf(childrenOf(node))
        };
        const detail = detailOf(node);
        if (detail) symbol.detail = detail;
        return symbol;
    }
}
