/**
 * Writes generated files into the output folder, all or nothing as far as a
 * file system allows: every path is checked to stay inside the folder first,
 * then every file is written to a temporary file beside its target, and only
 * when all of them are complete are they renamed into place. A reader never
 * sees half a file, and a failure leaves no temporary files behind.
 *
 * A process killed outright (kill -9) cannot clean up, so temporaries are
 * named `.wpcm-tmp-<pid>-<random>`: hidden, recognizably ours, and each run
 * first removes those in the folders it writes to whose process is gone.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile, StreamedFile } from '@wpcm/language';
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
        case 'ENOENT': return 'no such file or folder, and it cannot be created here';
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

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir retries forever
 * where a parent exists but refuses new entries with ENOENT (/proc/nope
 * spun at 100 % CPU); here each missing folder is created once, and the
 * first failure is the error.
 */
function makeFolder(folder: string, shown: string): void {
    const missing: string[] = [];
    try {
        for (let path = folder; ; path = dirname(path)) {
            const existing = statSync(path, { throwIfNoEntry: false });
            if (existing) {
                if (!existing.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
                break;
            }
            missing.push(path);
            if (dirname(path) === path) break;
        }
        for (const path of missing.reverse()) {
            try {
                mkdirSync(path);
            } catch (error) {
                // Another process may have created it meanwhile.
                if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(path).isDirectory()) throw error;
            }
        }
    } catch (error) {
        throw new CliError(`${shown}: cannot create the folder: ${reason(error)}`);
    }
}

const TEMPORARY = /^\.wpcm-tmp-(\d+)-[0-9a-f]+$/;

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: it exists, it is just not ours to signal.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Removes the temporaries in `folder` left by runs that were killed (their process no longer exists). */
export function removeStaleTemporaries(folder: string): void {
    let names: string[];
    try {
        names = readdirSync(folder);
    } catch {
        return;
    }
    for (const name of names) {
        const pid = TEMPORARY.exec(name)?.[1];
        if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(folder, name), { force: true });
    }
}

/** UTF-16 code units encoded at a time; at most three bytes each in UTF-8. */
const PIECE = 1 << 18;

/**
 * Writes text as UTF-8 through one buffer, a piece at a time. writeSync of a
 * whole string first encodes it into a new buffer of three bytes per
 * character: for a 57 MB coaching.json that is a 172 MB allocation whose
 * pages are touched once, which cost more than the write itself (measured
 * 700 ms against 270 ms). Small pieces (a report's sellers) gather in the
 * buffer and go to the file together.
 */
class Utf8Writer {
    private readonly buffer = Buffer.allocUnsafe(PIECE * 3);
    private used = 0;

    constructor(private readonly fd: number) {}

    write(text: string): void {
        for (let start = 0; start < text.length;) {
            let end = Math.min(start + PIECE, text.length);
            // Never between the two halves of a surrogate pair, which would each become U+FFFD.
            const last = text.charCodeAt(end - 1);
            if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
            if (this.used + (end - start) * 3 > this.buffer.length) this.flush();
            this.used += this.buffer.write(end - start === text.length ? text : text.slice(start, end), this.used, 'utf8');
            start = end;
        }
    }

    flush(): void {
        for (let written = 0; written < this.used;) written += writeSync(this.fd, this.buffer, written, this.used - written);
        this.used = 0;
    }
}

/** A file to write: its text whole, or in pieces (written one at a time, never joined). */
export type FileToWrite = GeneratedFile | StreamedFile;

function writeContent(fd: number, file: FileToWrite): void {
    if ('content' in file && file.content.length <= PIECE) {
        writeSync(fd, file.content, null, 'utf8');
        return;
    }
    const writer = new Utf8Writer(fd);
    if ('content' in file) writer.write(file.content);
    else for (const piece of file.pieces) writer.write(piece);
    writer.flush();
}

function writeTemporary(target: string, name: string, file: FileToWrite, shown: string, fsync: boolean): string {
    const temporary = join(dirname(target), name);
    let fd: number | undefined;
    try {
        fd = openSync(temporary, 'wx', 0o644);
        writeContent(fd, file);
        if (fsync) fsyncSync(fd);
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
    /** Flush each file to disk before the renames (default true); reports of thousands of pages skip it, renames still keep files whole. */
    fsync?: boolean;
}

/** The write plan's checks (language/src/generators/write-plan.ts), as a CLI error. */
function plan(paths: readonly string[]): void {
    try {
        planWrite(paths.map(path => ({ path, content: '' })));
    } catch (error) {
        if (error instanceof UnsafeOutput) throw new CliError(error.message);
        throw error;
    }
}

/**
 * The names of the folders in `folder`, lower-cased: one listing instead of a
 * stat of every file's target (10,000 pages). A name found is checked with a
 * stat, which also sees a folder of another case on a case-insensitive disk.
 */
function subfolders(folder: string): ReadonlySet<string> {
    return new Set(readdirSync(folder, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name.toLowerCase()));
}

/**
 * Writes files into an output folder as they are made, for a generator of
 * thousands of pages that should not hold them all (a coaching report of
 * 10,000 sellers): each file goes to a temporary beside its target at once,
 * and `commit` renames them all into place, after the write plan's checks
 * over every path. Until then no file is replaced; `abort` removes the
 * temporaries (after a commit it does nothing).
 */
export class OutputWriter {
    private readonly root: string;
    private readonly realRoot: string;
    private readonly paths: string[] = [];
    private readonly temporaries: Array<{ temporary: string; target: string }> = [];
    /** Folders already created and checked to lead nowhere outside the output folder, with the names of the folders in them. */
    private readonly folders = new Map<string, ReadonlySet<string>>();
    /**
     * Temporaries are hidden, unpredictable and created exclusively, so they
     * never follow a planted symlink: a random part drawn once per writer and
     * a count (drawing random bytes for each of 10,000 pages cost 0.3 s).
     */
    private readonly prefix = `.wpcm-tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
    private count = 0;

    constructor(outDir: string, private readonly options: WriteOptions) {
        this.root = resolve(outDir);
        makeFolder(this.root, options.show(this.root));
        this.realRoot = realpathSync(this.root);
        removeStaleTemporaries(this.root);
        this.folders.set(this.root, subfolders(this.root));
    }

    write(file: FileToWrite): void {
        const target = targetPath(this.root, file.path);
        const folder = dirname(target);
        let inFolder = this.folders.get(folder);
        if (!inFolder) {
            makeFolder(folder, this.options.show(folder));
            // A symlinked folder inside --out must not lead the write elsewhere.
            const realFolder = realpathSync(folder);
            if (realFolder !== this.realRoot && !realFolder.startsWith(this.realRoot + sep)) {
                throw new CliError(`refusing to write '${this.options.show(target)}': its folder leads outside the output folder`);
            }
            removeStaleTemporaries(folder);
            inFolder = subfolders(folder);
            this.folders.set(folder, inFolder);
        }
        // Caught here, not at rename time, so no file has been replaced yet.
        if (inFolder.has(basename(target).toLowerCase()) && lstatSync(target, { throwIfNoEntry: false })?.isDirectory()) {
            throw new CliError(`${this.options.show(target)}: cannot write: ${reason({ code: 'EISDIR' })}`);
        }
        this.paths.push(file.path);
        const name = `${this.prefix}${(this.count++).toString(16)}`;
        this.temporaries.push({ temporary: writeTemporary(target, name, file, this.options.show(target), this.options.fsync ?? true), target });
    }

    /** Renames every file into place; returns their absolute paths in the order written. */
    commit(): string[] {
        plan(this.paths);
        for (const { temporary, target } of this.temporaries) {
            try {
                renameSync(temporary, target);
            } catch (error) {
                throw new CliError(`${this.options.show(target)}: cannot write: ${reason(error)}`);
            }
        }
        const targets = this.temporaries.map(t => t.target);
        this.temporaries.length = 0;
        return targets;
    }

    abort(): void {
        for (const { temporary } of this.temporaries.splice(0)) rmSync(temporary, { force: true });
    }
}

/** Writes the files under `outDir` (checked before anything is written); returns their absolute paths in the given order. */
export function writeFiles(outDir: string, files: readonly FileToWrite[], options: WriteOptions): string[] {
    plan(files.map(file => file.path));
    const root = resolve(outDir);
    files.forEach(file => targetPath(root, file.path));
    const writer = new OutputWriter(outDir, options);
    try {
        for (const file of files) writer.write(file);
        return writer.commit();
    } finally {
        writer.abort();
    }
}

/** Writes the files a generator hands over one at a time, as it makes them (OutputWriter); returns their absolute paths in that order. */
export async function writeAsMade(outDir: string, options: WriteOptions, make: (emit: (file: FileToWrite) => void) => Promise<void>): Promise<string[]> {
    const writer = new OutputWriter(outDir, options);
    try {
        await make(file => writer.write(file));
        return writer.commit();
    } finally {
        writer.abort();
    }
}
