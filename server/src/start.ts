/**
 * Wires the WPCM services to a connection: settings from the project and the
 * editor, the extension's requests, and Langium's LSP handlers. Platform
 * neutral: main.ts (Node, stdio or IPC) and browser-main.ts (a Web Worker)
 * pass their connection and file system; tests can run it in memory.
 */
import type { DefaultSharedModuleContext, LangiumSharedServices } from 'langium/lsp';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { WpcmServices } from '@wpcm/language';
import { createWpcmServices } from '@wpcm/language';
import type { ActualsFiles } from './coaching-handler.js';
import { ActualsReports } from './coaching-handler.js';
import { dropClosedDocuments } from './closed-documents.js';
import { registerRequests } from './requests.js';
import { syncSettings } from './settings-sync.js';

export interface ServerOptions {
    /** Langium's file system for this platform (NodeFileSystem, or EmptyFileSystem in a browser). */
    fileSystem: Omit<DefaultSharedModuleContext, 'connection'>;
    /** Where diagnostics link their rule pages, e.g. the copy installed beside the server. */
    ruleDocsBase?: string;
    /** How to read KPI actuals files, where the platform has files (Node). */
    actualsFiles?: ActualsFiles;
}

export function startServer(connection: Connection, options: ServerOptions): { shared: LangiumSharedServices; Wpcm: WpcmServices } {
    const services = createWpcmServices({ connection, ...options.fileSystem });
    if (options.ruleDocsBase) services.Wpcm.wpcm.Settings.ruleDocsBase = options.ruleDocsBase;
    syncSettings(connection, services.shared, services.Wpcm);
    registerRequests(connection, services.shared, services.Wpcm, options.actualsFiles && new ActualsReports(options.actualsFiles));
    dropClosedDocuments(services.shared);
    startLanguageServer(services.shared);
    return services;
}
