/**
 * Finds and reads the .wpcm files named on the command line. Folders are
 * searched recursively (skipping node_modules and hidden folders); anything
 * missing, unreadable or not UTF-8 text is a CliError naming the path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceFile } from '@wpcm/language';
import { CliError } from './errors.js';

const EXTENSION = '.wpcm';
const decoder = new TextDecoder('utf-8', { fatal: true });

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        default: return (error as Error).message;
    }
}

function walk(folder: string, found: string[]): void {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path, found);
        else if (entry.isFile() && entry.name.endsWith(EXTENSION)) found.push(path);
    }
}

/** Absolute paths of the .wpcm files the arguments name, in a stable order, without repeats. */
export function collectFiles(paths: readonly string[], cwd: string): string[] {
    const found: string[] = [];
    for (const given of paths) {
        const path = resolve(cwd, given);
        let isFolder: boolean;
        try {
            isFolder = statSync(path).isDirectory();
        } catch (error) {
            throw new CliError(`${given}: ${reason(error)}`);
        }
        if (!isFolder) {
            found.push(path);
            continue;
        }
        const before = found.length;
        try {
            walk(path, found);
        } catch (error) {
            throw new CliError(`${given}: ${reason(error)}`);
        }
        if (found.length === before) throw new CliError(`${given}: no ${EXTENSION} files in this folder`);
    }
    return [...new Set(found)];
}

export function readSource(path: string, shown: string): SourceFile {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw new CliError(`${shown}: cannot read: ${reason(error)}`);
    }
    let text: string;
    try {
        text = decoder.decode(bytes);
    } catch {
        throw new CliError(`${shown}: not a UTF-8 text file`);
    }
    if (text.includes('\0')) throw new CliError(`${shown}: not a text file (contains NUL bytes)`);
    return { uri: path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
