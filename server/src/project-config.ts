/**
 * Keeps the server's settings in step with the project's wpcm.config.json
 * (at the root of the first workspace folder). A broken config is reported to
 * the user and the defaults stay in force; the server keeps running.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver/node';
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import { CONFIG_FILE_NAME, parseConfig } from '../../language/src/config/config-schema.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';

async function readProjectConfig(root: string | undefined, connection: Connection): Promise<WpcmConfig | undefined> {
    if (!root) return undefined;
    const path = join(root, CONFIG_FILE_NAME);
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch {
        return undefined;
    }
    try {
        return parseConfig(text, CONFIG_FILE_NAME);
    } catch (error) {
        connection.window.showWarningMessage(`WPCM: ${(error as Error).message}; using the default settings.`);
        return undefined;
    }
}

/** Re-validates every open model after the settings changed. */
async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const documents = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
    await shared.workspace.DocumentBuilder.update(documents, []);
}

export function watchProjectConfig(connection: Connection, shared: LangiumSharedServices, services: WpcmServices): void {
    let root: string | undefined;
    const reload = async () => {
        services.wpcm.Settings.apply(await readProjectConfig(root, connection));
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        root = folder ? URI.parse(folder).fsPath : undefined;
    });
    shared.lsp.LanguageServer.onInitialized(() => { void reload(); });
    connection.onDidChangeWatchedFiles(async params => {
        if (params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) {
            await reload();
            await revalidateAll(shared);
        }
    });
}
