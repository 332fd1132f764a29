/**
 * Diagnostics with quick fixes. @codemirror/lsp-client shows the server's
 * diagnostics but has no code actions, so this handler takes over
 * `textDocument/publishDiagnostics`: it shows the findings at once, then
 * asks the server for the code actions of each and attaches them (the
 * rule's fixes, then "disable for this line / file") as lint actions.
 */
import type { LSPClient } from '@codemirror/lsp-client';
import { LSPPlugin } from '@codemirror/lsp-client';
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';

interface PublishDiagnosticsParams { uri: string; version?: number; diagnostics: Diagnostic[] }

const SEVERITY: Record<number, LintDiagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function toLint(plugin: LSPPlugin, diagnostic: Diagnostic, actions: CodeAction[] = []): LintDiagnostic {
    const at = (position: Diagnostic['range']['start']) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
    return {
        from: at(diagnostic.range.start),
        to: at(diagnostic.range.end),
        severity: SEVERITY[diagnostic.severity ?? 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        source: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
        actions: actions.map(action => ({ name: action.title, apply: (view: EditorView) => applyEdits(view, plugin, action) }))
    };
}

function applyEdits(view: EditorView, plugin: LSPPlugin, action: CodeAction): void {
    const edits: TextEdit[] = action.edit?.changes?.[plugin.uri] ?? [];
    const at = (position: TextEdit['range']['start']) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
    view.dispatch({ changes: edits.map(edit => ({ from: at(edit.range.start), to: at(edit.range.end), insert: edit.newText })) });
}

/** Also tells the page that the server has (re)built the file, so it can refresh the outline and the preview. */
export function diagnosticsWithFixes(onPublished: (uri: string) => void) {
    return (client: LSPClient, params: PublishDiagnosticsParams): boolean => {
        const file = client.workspace.getFile(params.uri);
        if (!file || (params.version != null && params.version !== file.version)) return false;
        const view = file.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) return false;
        view.dispatch(setDiagnostics(view.state, params.diagnostics.map(d => toLint(plugin, d))));
        onPublished(params.uri);
        void Promise.all(params.diagnostics.map(diagnostic =>
            client.request<unknown, CodeAction[] | null>('textDocument/codeAction', {
                textDocument: { uri: params.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }).catch(() => null)
        )).then(results => {
            // Only if nothing changed meanwhile: the ranges would be stale.
            if (!plugin.unsyncedChanges.empty || client.workspace.getFile(params.uri)?.version !== file.version) return;
            view.dispatch(setDiagnostics(view.state, params.diagnostics.map((d, i) => toLint(plugin, d, results[i] ?? []))));
        });
        return true;
    };
}
