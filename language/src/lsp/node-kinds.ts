/**
 * How each named WPCM element shows up in outlines, workspace symbols and
 * completion lists. One table, so the icons agree across every editor view.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

interface Kinds { symbol: SymbolKind; completion: CompletionItemKind; word: string }

const KINDS: Readonly<Record<string, Kinds>> = {
    Term: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant, word: 'term' },
    System: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, word: 'system' },
    Persona: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, word: 'persona' },
    Motion: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function, word: 'motion' },
    Kpi: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property, word: 'KPI' },
    Competency: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module, word: 'competency' },
    Coach: { symbol: SymbolKind.Object, completion: CompletionItemKind.Reference, word: 'coach' },
    Organization: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Folder, word: 'organization' },
    Gap: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event, word: 'gap' }
};

const FALLBACK: Kinds = { symbol: SymbolKind.Field, completion: CompletionItemKind.Reference, word: 'element' };

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
