/**
 * Writes generated files into the output folder, all or nothing as far as a
 * file system allows: every path is checked to stay inside the folder first,
 * then every file is written to a temporary file beside its target, and only
 * when all of them are complete are they renamed into place. A reader never
 * sees half a file, and a failure leaves no temporary files behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from '@wpcm/language';
import { isSafeRelativePath, planWrite, UnsafeOutput } from '@wpcm/language';
import { CliError } from '../errors.js';

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'EEXIST': case 'ENOTDIR': return 'a file is in the way of a folder';
        case 'EISDIR': return 'a folder is in the way of the file';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EROFS': return 'read-only file system';
        case 'ENOSPC': return 'no space left on the device';
        default: return (error as Error).message;
    }
}

/** Whether `path` is `root` or inside it (both absolute, normalized). */
export function isInside(root: string, path: string): boolean {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The absolute target of a generated file, or a CliError. Generators only
 * produce slug paths; this is the last line of defence should one ever not.
 */
export function targetPath(root: string, path: string): string {
    const target = resolve(root, ...path.split('/'));
    if (!isSafeRelativePath(path) || !isInside(root, target) || target === root) {
        throw new CliError(`refusing to write '${path.replace(/\0/g, '\\0')}': it is not a path inside the output folder`);
    }
    return target;
}

function makeFolder(folder: string, shown: string): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw new CliError(`${shown}: cannot create the folder: ${reason(error)}`);
    }
}

function writeTemporary(target: string, content: string, shown: string): string {
    // Hidden, unpredictable and created exclusively: never follows a planted symlink.
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        fd = openSync(temporary, 'wx', 0o644);
        writeSync(fd, content, null, 'utf8');
        fsyncSync(fd);
        return temporary;
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new CliError(`${shown}: cannot write: ${reason(error)}`);
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}

export interface WriteOptions {
    /** How to show a path in messages (e.g. relative to the current folder). */
    show: (path: string) => string;
}

/** The write plan's checks (language/src/generators/write-plan.ts), as a CLI error. */
function plan(files: readonly GeneratedFile[]): void {
    try {
        planWrite(files);
    } catch (error) {
        if (error instanceof UnsafeOutput) throw new CliError(error.message);
        throw error;
    }
}

/** Writes the files under `outDir`; returns their absolute paths in the given order. */
export function writeFiles(outDir: string, files: readonly GeneratedFile[], options: WriteOptions): string[] {
    plan(files);
    const root = resolve(outDir);
    const targets = files.map(file => targetPath(root, file.path));
    makeFolder(root, options.show(root));
    const realRoot = realpathSync(root);
    const temporaries: Array<{ temporary: string; target: string }> = [];
    try {
        files.forEach((file, i) => {
            const target = targets[i]!;
            const folder = dirname(target);
            makeFolder(folder, options.show(folder));
            // A symlinked folder inside --out must not lead the write elsewhere.
            const realFolder = realpathSync(folder);
            if (realFolder !== realRoot && !realFolder.startsWith(realRoot + sep)) {
                throw new CliError(`refusing to write '${options.show(target)}': its folder leads outside the output folder`);
            }
            // Caught here, not at rename time, so no file has been replaced yet.
            if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory()) {
                throw new CliError(`${options.show(target)}: cannot write: ${reason({ code: 'EISDIR' })}`);
            }
            temporaries.push({ temporary: writeTemporary(target, file.content, options.show(target)), target });
        });
        for (const { temporary, target } of temporaries) {
            try {
                renameSync(temporary, target);
            } catch (error) {
                throw new CliError(`${options.show(target)}: cannot write: ${reason(error)}`);
            }
        }
    } finally {
        for (const { temporary } of temporaries) rmSync(temporary, { force: true });
    }
    return targets;
}
