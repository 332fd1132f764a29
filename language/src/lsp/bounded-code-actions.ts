/**
 * Code actions only for diagnostics that lie inside the current text, and
 * only actions whose edits do: a client may ask with a diagnostic from an
 * older version of the document (line 11 of what is now a one-line file),
 * and the fix built from it would edit outside the document.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CancellationToken, CodeActionParams } from 'vscode-languageserver';
import type { CodeAction, Command } from 'vscode-languageserver-types';
import { editInside, rangeInside } from './edit-bounds.js';

export class BoundedCodeActionProvider implements CodeActionProvider {
    constructor(private readonly inner: CodeActionProvider) {}

    async getCodeActions(document: LangiumDocument, params: CodeActionParams, cancelToken?: CancellationToken): Promise<Array<Command | CodeAction> | undefined> {
        const text = document.textDocument;
        const diagnostics = params.context.diagnostics.filter(d => rangeInside(text, d.range));
        const result = await (this.inner.getCodeActions(document, { ...params, context: { ...params.context, diagnostics } }, cancelToken) as MaybePromise<Array<Command | CodeAction> | undefined>);
        if (!result) return result;
        return result.filter(action => !('edit' in action) || !action.edit || editInside(text, action.edit));
    }
}
