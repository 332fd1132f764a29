/**
 * Quick fixes: each rule module lists the fix builders for its diagnostics.
 * A builder gets the diagnostic (with the data its check attached), the
 * document and the node it points at, and returns the edits that fix it, or
 * nothing when no fix can be derived with confidence. Every suppressible
 * finding can also be disabled for its line or file, as in ESLint.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { findRule } from '../rules/index.js';
import type { WpcmServices } from '../wpcm-module.js';
import type { FixBuilder, FixContext } from './fixes/context.js';
import { nodeAt } from './fixes/context.js';
import { suppress } from './fixes/suppression-fixes.js';

export class WpcmCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: WpcmServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const fixes: CodeAction[] = [];
        const suppressions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code;
            if (typeof code !== 'string') continue;
            const context: FixContext = {
                diagnostic, document: document as LangiumDocument<Document>, services: this.services, node: nodeAt(document, diagnostic)
            };
            for (const build of findRule(code)?.fixes ?? []) fixes.push(...this.safely(build, context));
            suppressions.push(...suppress(context, code));
        }
        return [...fixes, ...suppressions];
    }

    /** A fix that throws on odd input must not take the other fixes down with it. */
    private safely(build: FixBuilder, context: FixContext): CodeAction[] {
        try {
            return build(context);
        } catch (error) {
            console.error(`WPCM quick fix ${build.name} failed:`, error);
            return [];
        }
    }
}
