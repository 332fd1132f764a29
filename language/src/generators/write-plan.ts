/**
 * The checks every writer of generated files makes before it writes
 * anything, so the CLI (Node's file system) and the VS Code extension
 * (`workspace.fs`, also in the browser) promise the same: every path is a
 * plain relative path inside the output folder, no two files differ only in
 * case (they would overwrite each other on case-insensitive file systems),
 * and no file stands where another needs a folder. The writers then write
 * every file to a temporary sibling and rename them all into place only
 * when all are complete: all or nothing, never half a file.
 */
import type { GeneratedFile } from './generated-file.js';
import { isSafeRelativePath } from './generated-file.js';

export class UnsafeOutput extends Error {
    override readonly name = 'UnsafeOutput';
}

export interface WritePlan {
    readonly files: readonly GeneratedFile[];
    /** The folders to create below the output folder, parents first. */
    readonly folders: readonly string[];
}

function shown(path: string): string {
    return path.replace(/\0/g, '\\0');
}

export function planWrite(files: readonly GeneratedFile[]): WritePlan {
    const byKey = new Map<string, string>();
    const folders = new Map<string, string>();
    for (const file of files) {
        if (!isSafeRelativePath(file.path)) throw new UnsafeOutput(`refusing to write '${shown(file.path)}': it is not a path inside the output folder`);
        const key = file.path.toLowerCase();
        const other = byKey.get(key);
        if (other !== undefined) throw new UnsafeOutput(`refusing to write '${shown(file.path)}' twice${other === file.path ? '' : ` (as '${shown(other)}')`}`);
        byKey.set(key, file.path);
        const segments = file.path.split('/');
        for (let i = 1; i < segments.length; i++) {
            const folder = segments.slice(0, i).join('/');
            folders.set(folder.toLowerCase(), folders.get(folder.toLowerCase()) ?? folder);
        }
    }
    for (const [key, folder] of folders) {
        if (byKey.has(key)) throw new UnsafeOutput(`refusing to write '${shown(folder)}': it is both a file and a folder of the output`);
    }
    const ordered = [...folders.values()].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
    return { files, folders: ordered };
}
