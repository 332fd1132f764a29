/**
 * Starts the bundled WPCM language server (out/server.cjs, run on VS Code's
 * own Node over IPC) for every .wpcm document, whatever its scheme, and
 * pushes the `wpcm` settings section to it (Langium reads `wpcm.rules` from
 * there). `wpcm.trace.server` works because the client id is `wpcm`.
 */
import type { ExtensionContext } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

export function createClient(context: ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=127.0.0.1:6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'wpcm' }],
        synchronize: { configurationSection: 'wpcm' }
    };
    return new LanguageClient('wpcm', 'WPCM Language Server', serverOptions, clientOptions);
}
