/** Atomic writing into the output folder, and the last-line containment check. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/src/errors.js';
import { targetPath, writeAsMade, writeFiles } from '../../cli/src/output/write-files.js';

let dir: string;
const show = (path: string) => path;

beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'wpcm-write-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function tree(root: string): string[] {
    return readdirSync(root, { recursive: true, withFileTypes: true })
        .map(e => join(e.parentPath, e.name).slice(root.length + 1))
        .sort();
}

describe('writeFiles', () => {
    it('creates folders, writes the files and leaves no temporary files', () => {
        const out = join(dir, 'out');
        const written = writeFiles(out, [{ path: 'a/b.md', content: 'b\n' }, { path: 'c.json', content: '{}\n' }], { show });
        expect(written).toEqual([join(out, 'a', 'b.md'), join(out, 'c.json')]);
        expect(tree(out)).toEqual(['a', 'a/b.md', 'c.json']);
        expect(readFileSync(join(out, 'a', 'b.md'), 'utf8')).toBe('b\n');
    });

    it('writes a large file in pieces byte for byte, a surrogate pair across a piece boundary included', () => {
        const out = join(dir, 'out');
        // Pieces are 2^18 UTF-16 units: the pair '\u{1F600}' starts at the last unit of the first piece.
        const content = `${'a'.repeat((1 << 18) - 1)}\u{1F600}é${'b'.repeat(1 << 18)}\n`;
        writeFiles(out, [{ path: 'big.json', content }], { show });
        const bytes = readFileSync(join(out, 'big.json'));
        expect(bytes.equals(Buffer.from(content, 'utf8'))).toBe(true);
        expect(bytes.length).toBe((1 << 18) - 1 + 4 + 2 + (1 << 18) + 1);
    });

    it('replaces an existing file and keeps unrelated files', () => {
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', 'c.json'), 'old');
        writeFileSync(join(dir, 'out', 'mine.txt'), 'keep');
        writeFiles(join(dir, 'out'), [{ path: 'c.json', content: 'new\n' }], { show });
        expect(readFileSync(join(dir, 'out', 'c.json'), 'utf8')).toBe('new\n');
        expect(tree(join(dir, 'out'))).toEqual(['c.json', 'mine.txt']);
    });

    it.each(['../escape.md', '/etc/passwd', 'a/../../b.md', 'a\\..\\b.md', 'a\0b.md', 'C:/x.md', '', 'a//b.md', './a.md'])(
        'refuses the path %j before writing anything', path => {
            const out = join(dir, 'out');
            expect(() => writeFiles(out, [{ path: 'ok.md', content: 'x' }, { path, content: 'x' }], { show })).toThrow(CliError);
            expect(readdirSync(dir)).toEqual([]);
        });

    it('refuses two files whose names differ only in case', () => {
        expect(() => writeFiles(join(dir, 'out'), [{ path: 'A.md', content: '' }, { path: 'a.md', content: '' }], { show })).toThrow(/twice/);
    });

    it('does not follow a symlinked folder out of the output folder', () => {
        const out = join(dir, 'out');
        const elsewhere = join(dir, 'elsewhere');
        mkdirSync(out);
        mkdirSync(elsewhere);
        symlinkSync(elsewhere, join(out, 'persona'));
        expect(() => writeFiles(out, [{ path: 'persona/x.md', content: 'x' }], { show })).toThrow(/leads outside the output folder/);
        expect(readdirSync(elsewhere)).toEqual([]);
    });

    it('fails with one clear message when --out is a file, and cleans up', () => {
        const out = join(dir, 'out');
        writeFileSync(out, 'I am a file');
        expect(() => writeFiles(out, [{ path: 'x.json', content: '{}' }], { show })).toThrow(/cannot create the folder: a file is in the way of a folder/);
        expect(() => writeFiles(dir, [{ path: 'out/x.json', content: '{}' }], { show })).toThrow(CliError);
        expect(readdirSync(dir)).toEqual(['out']);
    });

    it('writes nothing at all when one of the files cannot be written', () => {
        const out = join(dir, 'out');
        mkdirSync(join(out, 'b.md'), { recursive: true }); // a folder where a file should go
        expect(() => writeFiles(out, [{ path: 'a.md', content: 'a' }, { path: 'b.md', content: 'b' }], { show })).toThrow(CliError);
        expect(tree(out)).toEqual(['b.md']);
    });
});

describe('writeAsMade (pages written as a generator makes them)', () => {
    const temporaries = (folder: string) => readdirSync(folder).filter(name => name.startsWith('.wpcm-tmp-'));

    it('writes each file as it is handed over and replaces none before the last is written', async () => {
        const out = join(dir, 'out');
        mkdirSync(join(out, 'p'), { recursive: true });
        writeFileSync(join(out, 'p', 'a.html'), 'old');
        const written = await writeAsMade(out, { show }, async emit => {
            emit({ path: 'p/a.html', content: 'new a' });
            // Written already, but as a temporary: the old page is still the one in place.
            expect(temporaries(join(out, 'p'))).toHaveLength(1);
            expect(readFileSync(join(out, 'p', 'a.html'), 'utf8')).toBe('old');
            await Promise.resolve();
            emit({ path: 'index.html', content: 'index' });
        });
        expect(written).toEqual([join(out, 'p', 'a.html'), join(out, 'index.html')]);
        expect(tree(out)).toEqual(['index.html', 'p', 'p/a.html']);
        expect(readFileSync(join(out, 'p', 'a.html'), 'utf8')).toBe('new a');
    });

    it('leaves the folder as it was when the generator fails half way', async () => {
        const out = join(dir, 'out');
        mkdirSync(out);
        writeFileSync(join(out, 'a.html'), 'old');
        await expect(writeAsMade(out, { show }, async emit => {
            emit({ path: 'a.html', content: 'new' });
            emit({ path: 'b/c.html', content: 'c' });
            throw new Error('chart failed');
        })).rejects.toThrow('chart failed');
        expect(tree(out)).toEqual(['a.html', 'b']);
        expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe('old');
        expect(temporaries(join(out, 'b'))).toEqual([]);
    });

    it('refuses, after writing them, two pages whose names differ only in case, and replaces nothing', async () => {
        const out = join(dir, 'out');
        await expect(writeAsMade(out, { show }, async emit => {
            emit({ path: 'A.html', content: '1' });
            emit({ path: 'a.html', content: '2' });
        })).rejects.toThrow(/refusing to write 'a.html' twice \(as 'A.html'\)/);
        expect(tree(out)).toEqual([]);
    });

    it('refuses a path outside the folder when it is handed over', async () => {
        const out = join(dir, 'out');
        await expect(writeAsMade(out, { show }, async emit => { emit({ path: 'ok.html', content: 'x' }); emit({ path: '../up.html', content: 'x' }); }))
            .rejects.toThrow(/not a path inside the output folder/);
        expect(readdirSync(dir)).toEqual(['out']);
        expect(tree(out)).toEqual([]);
    });
});

describe('targetPath', () => {
    it('resolves slug paths inside the folder', () => {
        expect(targetPath('/out', 'direct-seller/how-to.md')).toBe(join('/out', 'direct-seller', 'how-to.md'));
    });
});
