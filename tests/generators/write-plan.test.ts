/** The write plan every writer of generated files checks first (CLI and VS Code extension alike). */
import { describe, expect, it } from 'vitest';
import { planWrite, UnsafeOutput } from '@wpcm/language/client';

const file = (path: string) => ({ path, content: 'x\n' });

describe('planWrite', () => {
    it('lists the folders to create, parents first, each once', () => {
        const plan = planWrite([file('b/c/d.md'), file('a.json'), file('b/e.md')]);
        expect(plan.folders).toEqual(['b', 'b/c']);
        expect(plan.files.map(f => f.path)).toEqual(['b/c/d.md', 'a.json', 'b/e.md']);
    });

    it.each([
        ['../outside.json', "refusing to write '../outside.json': it is not a path inside the output folder"],
        ['/etc/passwd', "refusing to write '/etc/passwd': it is not a path inside the output folder"],
        ['a/./b.md', "refusing to write 'a/./b.md': it is not a path inside the output folder"],
        ['C:\\x.md', "refusing to write 'C:\\x.md': it is not a path inside the output folder"],
        ['a\0b', "refusing to write 'a\\0b': it is not a path inside the output folder"]
    ])('refuses %s', (path, message) => {
        expect(() => planWrite([file(path)])).toThrow(new UnsafeOutput(message));
    });

    it('refuses two files that differ only in case', () => {
        expect(() => planWrite([file('Seller.json'), file('seller.json')])).toThrow("refusing to write 'seller.json' twice (as 'Seller.json')");
        expect(() => planWrite([file('a.json'), file('a.json')])).toThrow("refusing to write 'a.json' twice");
    });

    it('refuses a file where another file needs a folder', () => {
        expect(() => planWrite([file('seller'), file('Seller/README.md')])).toThrow("refusing to write 'Seller': it is both a file and a folder of the output");
    });
});
