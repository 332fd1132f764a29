/**
 * How each named WPCM element shows up in outlines, workspace symbols and
 * completion lists. One table, so the icons agree across every editor view.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

interface Kinds { symbol: SymbolKind; completion: CompletionItemKind }

const KINDS: Readonly<Record<string, Kinds>> = {
    Term: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant },
    System: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    Persona: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    Motion: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function },
    Kpi: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property },
    Competency: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module },
    Coach: { symbol: SymbolKind.Object, completion: CompletionItemKind.Reference },
    Organization: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Folder },
    Gap: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event }
};

const FALLBACK: Kinds = { symbol: SymbolKind.Field, completion: CompletionItemKind.Reference };

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export function kindsOf(type: string): Kinds {
    return KINDS[type] ?? FALLBACK;
}

export class WpcmNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kindsOf(typeOf(node)).symbol;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kindsOf(typeOf(node)).completion;
    }
}
