/**
 * The browser entry (`browser`, for vscode.dev and github.dev): the same
 * language server bundled for a Web Worker (out/server-web.js), the same
 * commands and preview. Generated files are written through workspace.fs.
 */
import type { ExtensionContext } from 'vscode';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, CLIENT_OPTIONS } from './activate.js';

export { deactivate } from './activate.js';

export async function activate(context: ExtensionContext): Promise<void> {
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'out/server-web.js').toString(true));
    await activateWith(context, new LanguageClient('wpcm', 'WPCM Language Server', worker, CLIENT_OPTIONS));
}
