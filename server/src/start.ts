/**
 * Wires the WPCM services to a connection: settings from the project and the
 * editor, the extension's requests, and Langium's LSP handlers. Separate
 * from main.ts so tests can run the server on an in-memory connection.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LangiumSharedServices } from 'langium/lsp';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver/node';
import type { WpcmServices } from '@wpcm/language';
import { createWpcmServices } from '@wpcm/language';
import { registerRequests } from './requests.js';
import { syncSettings } from './settings-sync.js';

/** The bundle ships the rule pages in `docs/rules/` beside it (scripts/bundle.mjs); link those when present. */
function linkInstalledRuleDocs(services: WpcmServices): void {
    const docs = join(__dirname, 'docs', 'rules');
    if (existsSync(docs)) services.wpcm.Settings.ruleDocsBase = `${pathToFileURL(docs).href}/`;
}

export function startServer(connection: Connection): { shared: LangiumSharedServices; Wpcm: WpcmServices } {
    const services = createWpcmServices({ connection, ...NodeFileSystem });
    linkInstalledRuleDocs(services.Wpcm);
    syncSettings(connection, services.shared, services.Wpcm);
    registerRequests(connection, services.shared, services.Wpcm);
    startLanguageServer(services.shared);
    return services;
}
