/**
 * Finds and reads the .wpcm files named on the command line. Folders are
 * searched recursively (skipping node_modules and hidden folders) for .wpcm
 * files; a file named explicitly is checked as WPCM whatever its extension
 * (as compilers do: `wpcm check notes.txt` means "this is a model").
 * Anything missing, unreadable, not a regular file (a FIFO would block the
 * read forever, /dev/zero never ends), over the size limit or not UTF-8
 * text is a CliError naming the path; the read itself is capped, so a file
 * that grows while it is read cannot exhaust memory either.
 */
import type { Stats } from 'node:fs';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceFile } from '@wpcm/language';
import { MAX_DOCUMENT_CHARS, tooLargeMessage } from '@wpcm/language';
import { CliError } from './errors.js';

/** UTF-8 takes at least one byte per UTF-16 code unit, so more bytes than this is always too many characters. */
const MAX_BYTES = MAX_DOCUMENT_CHARS * 3;

const EXTENSION = '.wpcm';
const decoder = new TextDecoder('utf-8', { fatal: true });

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        case 'ELOOP': return 'too many levels of symbolic links (a symlink loop?)';
        case 'ENAMETOOLONG': return 'the path is too long';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        default: return code ? `cannot access (${code})` : (error as Error).message;
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
        // resolve(cwd, '') is cwd itself: an empty argument (an unset shell variable) must not check the whole folder.
        if (given.trim() === '') throw new CliError(`'${given}': an empty path names no file or folder`);
        const path = resolve(cwd, given);
        let stats: Stats;
        try {
            stats = statSync(path);
        } catch (error) {
            throw new CliError(`${given}: ${reason(error)}`);
        }
        if (!stats.isDirectory()) {
            found.push(regularFile(path, given, stats));
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

function kindOf(stats: Stats): string {
    if (stats.isFIFO()) return 'a named pipe';
    if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
    if (stats.isSocket()) return 'a socket';
    return 'not a regular file';
}

/** `path` if it is a regular file (symlinks followed) of a size we read, else a CliError. */
function regularFile(path: string, shown: string, stats: Stats): string {
    if (!stats.isFile()) throw new CliError(`${shown}: not a regular file (${kindOf(stats)})`);
    if (stats.size > MAX_BYTES) throw new CliError(`${shown}: ${tooLargeMessage(stats.size)}`);
    return path;
}

/** At most `limit` bytes of the file; stat first, so nothing that could block or never end is opened. */
function readCapped(path: string, shown: string, limit: number): Buffer {
    regularFile(path, shown, statSync(path));
    const fd = openSync(path, 'r');
    try {
        const chunks: Buffer[] = [];
        let total = 0;
        while (total <= limit) {
            const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
            const read = readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0) break;
            chunks.push(chunk.subarray(0, read));
            total += read;
        }
        return Buffer.concat(chunks, total);
    } finally {
        closeSync(fd);
    }
}

export function readSource(path: string, shown: string): SourceFile {
    let bytes: Buffer;
    try {
        bytes = readCapped(path, shown, MAX_BYTES);
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`${shown}: cannot read: ${reason(error)}`);
    }
    if (bytes.length > MAX_BYTES) throw new CliError(`${shown}: ${tooLargeMessage(bytes.length)}`);
    let text: string;
    try {
        text = decoder.decode(bytes);
    } catch {
        throw new CliError(`${shown}: not a UTF-8 text file`);
    }
    if (text.includes('\0')) throw new CliError(`${shown}: not a text file (contains NUL bytes)`);
    if (text.length > MAX_DOCUMENT_CHARS) throw new CliError(`${shown}: ${tooLargeMessage(text.length)}`);
    return { uri: path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
