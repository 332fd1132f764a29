/**
 * The one table of named element kinds. Everything that treats kinds
 * differently reads it: messages ("Duplicate system name"), outline and
 * completion icons, semantic token types, folding, the formatter's clause
 * layout and the single-clause check. `satisfies Record<ElementType, ...>`
 * makes the compiler flag a kind added to the grammar but missing here;
 * a test checks every clause keyword against the grammar.
 */
import { CompletionItemKind, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver-types';
import type { NamedElement } from './elements.js';

export type ElementType = NamedElement['$type'];

export interface KindInfo {
    /** How messages and hovers name the kind. */
    readonly word: string;
    readonly symbol: SymbolKind;
    readonly completion: CompletionItemKind;
    /** Semantic token type of its name, declared or referenced. */
    readonly token: SemanticTokenTypes;
    /** Keywords that open a clause on its own line inside the block (the formatter's layout). */
    readonly clauses: readonly string[];
    /** Clauses that may appear at most once (`duplicate-clause`); a repeat would silently win. */
    readonly singleClauses: readonly string[];
    /** Whether the element is a `{ ... }` block (folding). */
    readonly block: boolean;
}

export const ELEMENT_KINDS = {
    Term: {
        word: 'term', symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant, token: SemanticTokenTypes.type,
        clauses: [], singleClauses: [], block: false
    },
    System: {
        word: 'system', symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, token: SemanticTokenTypes.namespace,
        clauses: [], singleClauses: [], block: false
    },
    Persona: {
        word: 'persona', symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: SemanticTokenTypes.class,
        clauses: ['description'], singleClauses: [], block: true
    },
    Motion: {
        word: 'motion', symbol: SymbolKind.Function, completion: CompletionItemKind.Function, token: SemanticTokenTypes.function,
        clauses: ['goal', 'question'], singleClauses: ['goal'], block: true
    },
    Kpi: {
        word: 'KPI', symbol: SymbolKind.Property, completion: CompletionItemKind.Property, token: SemanticTokenTypes.property,
        clauses: ['target', 'counts', 'measured'], singleClauses: ['target', 'counts', 'measured'], block: true
    },
    Competency: {
        word: 'competency', symbol: SymbolKind.Module, completion: CompletionItemKind.Module, token: SemanticTokenTypes.method,
        clauses: ['supports', 'value', 'format', 'search', 'say', 'practice', 'coached'], singleClauses: ['value'], block: true
    },
    Coach: {
        word: 'coach', symbol: SymbolKind.Object, completion: CompletionItemKind.Reference, token: SemanticTokenTypes.variable,
        clauses: ['role', 'expert'], singleClauses: ['role'], block: true
    },
    Organization: {
        word: 'organization', symbol: SymbolKind.Namespace, completion: CompletionItemKind.Folder, token: SemanticTokenTypes.namespace,
        clauses: ['strategy', 'reports'], singleClauses: ['strategy', 'reports'], block: true
    },
    Gap: {
        word: 'gap', symbol: SymbolKind.Event, completion: CompletionItemKind.Event, token: SemanticTokenTypes.event,
        clauses: ['affects'], singleClauses: [], block: true
    }
} as const satisfies Record<ElementType, KindInfo>;

export function isElementType(type: string): type is ElementType {
    return Object.hasOwn(ELEMENT_KINDS, type);
}

export function kindInfo(type: string): KindInfo | undefined {
    return isElementType(type) ? ELEMENT_KINDS[type] : undefined;
}

/** "system", "KPI"; a type outside the table (e.g. "Persona or Motion") in lower case. */
export function kindWord(type: string): string {
    return kindInfo(type)?.word ?? type.toLowerCase();
}
