/** Finds and loads wpcm.config.json: --config, or the nearest one above the current folder. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { WpcmConfig } from '@wpcm/language';
import { CONFIG_FILE_NAME, parseConfig } from '@wpcm/language';
import { CliError } from './errors.js';

function findUpwards(start: string): string | undefined {
    for (let folder = resolve(start); ; folder = dirname(folder)) {
        const candidate = join(folder, CONFIG_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        if (dirname(folder) === folder) return undefined;
    }
}

export function loadConfig(explicit: string | undefined, cwd = process.cwd()): WpcmConfig | undefined {
    const path = explicit ? resolve(cwd, explicit) : findUpwards(cwd);
    if (!path) return undefined;
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch {
        throw new CliError(`${explicit ?? path}: cannot read the config file`);
    }
    try {
        return parseConfig(text, explicit ?? path);
    } catch (error) {
        throw new CliError((error as Error).message);
    }
}
