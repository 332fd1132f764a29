/**
 * "WPCM: Open Dashboard Preview": a webview beside the editor showing the
 * dashboard of the persona under the cursor, re-rendered as you type
 * (debounced) and when you move to another persona or .wpcm file. While the
 * model has errors the last good dashboard stays, under a notice.
 */
import type { Disposable, ExtensionContext, TextDocument, WebviewPanel } from 'vscode';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PreviewParams, PreviewResult } from '@wpcm/language/client';
import { PreviewRequest, renderDashboard, renderNotice } from '@wpcm/language/client';
import { actualsPathFor, actualsSourceFor, COACHING_SECTION } from '../actuals-setting.js';
import { htmlShell } from './html-shell.js';

const UPDATE_DELAY_MS = 250;
/** A fresh CSP nonce, from Web Crypto so it works on the desktop and in the browser alike. */
function nonce(): string {
    return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export const PREVIEW_VIEW_TYPE = 'wpcm.dashboardPreview';

export class DashboardPreview implements Disposable {
    private panel: WebviewPanel | undefined;
    private source: TextDocument | undefined;
    private lastGood = new Map<string, string>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private readonly subscriptions: Disposable[] = [];
    private actualsWatcher: vscode.FileSystemWatcher | undefined;
    private actualsWatched: string | undefined;

    constructor(private readonly context: ExtensionContext, private readonly client: LanguageClient) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => { if (event.document === this.source) this.schedule(); }),
            vscode.window.onDidChangeActiveTextEditor(editor => { if (editor?.document.languageId === 'wpcm') this.follow(editor.document); }),
            vscode.window.onDidChangeTextEditorSelection(event => { if (event.textEditor.document === this.source) this.schedule(); }),
            vscode.workspace.onDidChangeConfiguration(event => { if (event.affectsConfiguration(COACHING_SECTION)) this.watchActuals(); })
        );
    }

    /** Opens (or reveals) the preview for the active .wpcm editor. */
    open(): void {
        const editor = vscode.window.activeTextEditor;
        const document = editor?.document.languageId === 'wpcm' ? editor.document : this.source;
        if (!document) {
            void vscode.window.showWarningMessage('WPCM: open a .wpcm file to preview its dashboard.');
            return;
        }
        if (!this.panel) this.panel = this.createPanel();
        else this.panel.reveal(vscode.ViewColumn.Beside, true);
        this.follow(document);
    }

    /** Takes over a panel VS Code restored after a reload (see the serializer in extension.ts). */
    restore(panel: WebviewPanel): void {
        this.panel?.dispose();
        this.panel = this.adopt(panel);
        const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e?.document.languageId === 'wpcm');
        if (editor) this.follow(editor.document);
    }

    private createPanel(): WebviewPanel {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Dashboard Preview',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
        return this.adopt(panel);
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')], enableFindWidget: true };
    }

    private adopt(panel: WebviewPanel): WebviewPanel {
        const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
        panel.webview.options = this.webviewOptions();
        panel.webview.html = htmlShell({
            cspSource: panel.webview.cspSource,
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            nonce: nonce()
        });
        panel.iconPath = vscode.Uri.joinPath(media, 'preview-icon.svg');
        panel.onDidDispose(() => { if (this.panel === panel) this.panel = undefined; }, null, this.subscriptions);
        panel.webview.onDidReceiveMessage(message => { if ((message as { type?: string })?.type === 'ready') this.schedule(0); }, null, this.subscriptions);
        return panel;
    }

    private follow(document: TextDocument): void {
        this.source = document;
        this.watchActuals();
    }

    /** Re-renders when the configured actuals file is saved or replaced (a new export), as when the model changes. */
    private watchActuals(): void {
        const path = this.source?.uri.scheme === 'file' ? actualsPathFor(this.source.uri) : undefined;
        if (path !== this.actualsWatched) {
            this.actualsWatcher?.dispose();
            this.actualsWatcher = undefined;
            this.actualsWatched = path;
        }
        if (path && !this.actualsWatcher) {
            const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.slice(0, slash + 1)), path.slice(slash + 1)));
            const changed = () => this.schedule(0);
            watcher.onDidChange(changed);
            watcher.onDidCreate(changed);
            watcher.onDidDelete(changed);
            this.actualsWatcher = watcher;
        }
        this.schedule(0);
    }

    private schedule(delay = UPDATE_DELAY_MS): void {
        if (!this.panel || !this.source) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const panel = this.panel;
        const document = this.source;
        if (!panel || !document) return;
        const generation = ++this.generation;
        const editor = vscode.window.visibleTextEditors.find(e => e.document === document);
        const params: PreviewParams = { uri: document.uri.toString() };
        if (editor) params.offset = document.offsetAt(editor.selection.active);
        const actuals = actualsPathFor(document.uri);
        if (actuals) params.actuals = actuals;
        const source = actuals ? actualsSourceFor(document.uri) : undefined;
        if (source) params.actualsSource = source;
        let result: PreviewResult;
        try {
            result = await this.client.sendRequest<PreviewResult>(PreviewRequest, params);
        } catch (error) {
            result = { kind: 'empty', message: `The preview failed: ${(error as Error).message}` };
        }
        if (generation !== this.generation || this.panel !== panel) return; // a newer update is on its way
        const key = document.uri.toString();
        let html: string;
        if (result.kind === 'dashboard') {
            html = renderDashboard(result);
            this.lastGood.set(key, html);
            panel.title = `Dashboard: ${result.dashboard.persona.title}`;
        } else {
            const lastGood = result.kind === 'refused' ? this.lastGood.get(key) : undefined;
            const message = `${result.message.charAt(0).toUpperCase()}${result.message.slice(1)}.`;
            html = renderNotice(lastGood ? `${message} Showing the last valid dashboard.` : message, lastGood);
        }
        await panel.webview.postMessage({ type: 'render', html });
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.actualsWatcher?.dispose();
        this.panel?.dispose();
        this.subscriptions.forEach(s => s.dispose());
    }
}
