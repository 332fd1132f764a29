/**
 * Golden-file comparison: generated files against a reviewed folder, byte
 * for byte. With UPDATE_GOLDEN=1 the folder is rewritten first; review the
 * diff before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { GeneratedFile } from '../../language/src/generators/index.js';

export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Every file below the folder, relative with forward slashes, sorted. */
export function listFiles(root: string): string[] {
    if (!existsSync(root)) return [];
    return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'))
        .sort();
}

export function compareGolden(folder: string, files: readonly GeneratedFile[]): void {
    if (UPDATE_GOLDEN) {
        rmSync(folder, { recursive: true, force: true });
        for (const file of files) {
            mkdirSync(dirname(join(folder, file.path)), { recursive: true });
            writeFileSync(join(folder, file.path), file.content);
        }
    }
    expect(files.map(f => f.path).sort()).toEqual(listFiles(folder));
    for (const file of files) expect(file.content, file.path).toBe(readFileSync(join(folder, file.path), 'utf8'));
}
