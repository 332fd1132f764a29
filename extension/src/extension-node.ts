/**
 * The desktop entry (`main`): starts the bundled WPCM language server
 * (out/server.cjs, run on VS Code's own Node over IPC) for every .wpcm
 * document, whatever its scheme, and pushes the `wpcm` settings section to
 * it (Langium reads `wpcm.rules` from there). `wpcm.trace.server` works
 * because the client id is `wpcm`.
 */
import type { ExtensionContext } from 'vscode';
import type { ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, CLIENT_OPTIONS } from './activate.js';

export { deactivate } from './activate.js';

export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=127.0.0.1:6009'] } }
    };
    await activateWith(context, new LanguageClient('wpcm', 'WPCM Language Server', serverOptions, CLIENT_OPTIONS));
}
