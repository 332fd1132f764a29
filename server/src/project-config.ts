/**
 * Reads the project's wpcm.config.json (at the root of the first workspace
 * folder). A broken config is reported to the user and the defaults stay in
 * force; the server keeps running.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { WpcmConfig } from '@wpcm/language';
import { CONFIG_FILE_NAME, parseConfig } from '@wpcm/language';
import { warnUser } from './notify.js';

export async function readProjectConfig(root: string | undefined, connection: Connection): Promise<WpcmConfig | undefined> {
    if (!root) return undefined;
    let text: string;
    try {
        text = await readFile(join(root, CONFIG_FILE_NAME), 'utf8');
    } catch {
        return undefined;
    }
    try {
        return parseConfig(text, CONFIG_FILE_NAME);
    } catch (error) {
        warnUser(connection, `WPCM: ${(error as Error).message}; using the default settings.`);
        return undefined;
    }
}

export function isProjectConfig(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}
