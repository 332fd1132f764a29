/**
 * How each named WPCM element shows up in outlines, workspace symbols and
 * completion lists, from the kinds table (model/kinds.ts), so the icons
 * agree across every editor view.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';
import { kindInfo } from '../model/kinds.js';

interface Kinds { symbol: SymbolKind; completion: CompletionItemKind }

const FALLBACK: Kinds = { symbol: SymbolKind.Field, completion: CompletionItemKind.Reference };

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export function kindsOf(type: string): Kinds {
    return kindInfo(type) ?? FALLBACK;
}

export class WpcmNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kindsOf(typeOf(node)).symbol;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kindsOf(typeOf(node)).completion;
    }
}
