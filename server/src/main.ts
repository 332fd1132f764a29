/**
 * The WPCM language server, for any LSP editor: `wpcm-language-server --stdio`
 * (or --node-ipc when VS Code starts it).
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createWpcmServices } from '../../language/src/wpcm-module.js';
import { watchProjectConfig } from './project-config.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Wpcm } = createWpcmServices({ connection, ...NodeFileSystem });
watchProjectConfig(connection, shared, Wpcm);
startLanguageServer(shared);
