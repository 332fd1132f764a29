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

/**
 * The server's worker. vscode.dev serves extensions over https, which a
 * Worker can load directly; an extension installed on a remote host (a
 * `vscode-remote:` URI, as in code-server) cannot start a worker from its
 * URL, so its bundle is read through workspace.fs into a blob URL.
 */
async function serverWorker(context: ExtensionContext): Promise<Worker> {
    const script = vscode.Uri.joinPath(context.extensionUri, 'out/server-web.js');
    if (script.scheme === 'https' || script.scheme === 'http') return new Worker(script.toString(true));
    const source = await vscode.workspace.fs.readFile(script);
    return new Worker(URL.createObjectURL(new Blob([new Uint8Array(source)], { type: 'text/javascript' })));
}

export async function activate(context: ExtensionContext): Promise<void> {
    await activateWith(context, new LanguageClient('wpcm', 'WPCM Language Server', await serverWorker(context), CLIENT_OPTIONS));
}
