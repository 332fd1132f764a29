/**
 * Wires the WPCM services to a connection: settings from the project and the
 * editor, the extension's requests, and Langium's LSP handlers. Separate
 * from main.ts so tests can run the server on an in-memory connection.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver/node';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { createWpcmServices } from '../../language/src/wpcm-module.js';
import { dropClosedDocuments } from './closed-documents.js';
import { registerRequests } from './requests.js';
import { syncSettings } from './settings-sync.js';

export function startServer(connection: Connection): { shared: LangiumSharedServices; Wpcm: WpcmServices } {
    const services = createWpcmServices({ connection, ...NodeFileSystem });
    syncSettings(connection, services.shared, services.Wpcm);
    registerRequests(connection, services.shared, services.Wpcm);
    dropClosedDocuments(services.shared);
    startLanguageServer(services.shared);
    return services;
}
