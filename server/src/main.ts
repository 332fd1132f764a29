/**
 * The WPCM language server, for any LSP editor: `wpcm-language-server --stdio`
 * (or --node-ipc when VS Code starts it; vscode-languageserver picks the
 * transport from the command line).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start.js';

startServer(createConnection(ProposedFeatures.all));
