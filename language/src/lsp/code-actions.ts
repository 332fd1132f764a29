/**
 * Quick fixes, keyed by diagnostic code. Each builder gets the diagnostic
 * (with the data its validator attached) and the document, and returns the
 * edit that fixes it, or nothing when no fix can be derived with confidence.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { RULES } from '../rules.js';

type FixBuilder = (diagnostic: Diagnostic, document: LangiumDocument) => CodeAction | undefined;

function rewriteTitle(diagnostic: Diagnostic, document: LangiumDocument): CodeAction | undefined {
    const suggestion = (diagnostic.data as { suggestion?: unknown } | undefined)?.suggestion;
    if (typeof suggestion !== 'string') return undefined;
    const quote = document.textDocument.getText(diagnostic.range).charAt(0) === "'" ? "'" : '"';
    const escaped = suggestion.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
    return {
        title: `Rewrite as "${suggestion}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: `${quote}${escaped}${quote}` }] } }
    };
}

const FIXES: Record<string, FixBuilder> = {
    [RULES.motionNounPhrase.code]: rewriteTitle
};

export class WpcmCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code;
            const action = typeof code === 'string' ? FIXES[code]?.(diagnostic, document) : undefined;
            if (action) actions.push(action);
        }
        return actions;
    }
}
