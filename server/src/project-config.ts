/**
 * Reads the project's wpcm.config.json (at the root of the first workspace
 * folder) through Langium's file system provider, so the same code serves
 * Node and a browser worker (which has none, and so no project config). A
 * broken config is reported to the user and the defaults stay in force; the
 * server keeps running.
 */
import type { FileSystemProvider, URI } from 'langium';
import { UriUtils } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { WpcmConfig } from '@wpcm/language';
import { CONFIG_FILE_NAME, parseConfig } from '@wpcm/language';
import { warnUser } from './notify.js';

export async function readProjectConfig(root: URI | undefined, files: FileSystemProvider, connection: Connection): Promise<WpcmConfig | undefined> {
    if (!root) return undefined;
    let text: string;
    try {
        text = await files.readFile(UriUtils.joinPath(root, CONFIG_FILE_NAME));
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
