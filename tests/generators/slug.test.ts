/** File names from hostile titles: never a path separator, `..`, NUL, markup or a Windows device name. */
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SlugAllocator, slugFor, slugify } from '../../language/src/generators/slug.js';

const SAFE = /^_?[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
    it.each([
        ['Direct Seller', 'direct-seller'],
        ['How to overcome objections', 'how-to-overcome-objections'],
        ['../../etc/passwd', 'etc-passwd'],
        ['..', ''],
        ['/absolute/path', 'absolute-path'],
        ['C:\\Windows\\System32', 'c-windows-system32'],
        ['a\0b', 'a-b'],
        ['<script>alert(1)</script>', 'script-alert-1-script'],
        ['Café crème', 'cafe-creme'],
        ['  --Leading and trailing--  ', 'leading-and-trailing'],
        ['Win rate: 75 %', 'win-rate-75'],
        ['如何处理异议', ''],
        ['Как преодолеть возражения', ''],
        ['', '']
    ])('%j -> %j', (title, slug) => {
        expect(slugify(title)).toBe(slug);
    });

    it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'Lpt0', 'Nul'])('escapes the Windows device name %s', name => {
        const slug = slugify(name);
        expect(slug).toBe(`_${name.toLowerCase()}`);
        expect(slug).toMatch(SAFE);
    });

    it('keeps names that only start like a device name', () => {
        expect(slugify('Console')).toBe('console');
        expect(slugify('CON job')).toBe('con-job');
        expect(slugify('COM10')).toBe('com10');
    });

    it('cuts very long titles at a word boundary, within the limit', () => {
        const slug = slugify('How to '.repeat(100) + 'win');
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(slug).toMatch(SAFE);
        expect(slug.endsWith('-how-to') || slug.endsWith('-how')).toBe(true);
        expect(slugify('x'.repeat(500))).toBe('x'.repeat(MAX_SLUG_LENGTH));
    });

    it('gives only safe characters for arbitrary input', () => {
        const hostile = ['../', '/', '\\', '\0', '<script>', 'CON', '..\\..\\', '%2e%2e%2f', 'a/../../b', '\u202e', '\ud800', '. .', 'ｆｕｌｌｗｉｄｔｈ'];
        for (const text of hostile) {
            const slug = slugify(text);
            expect(slug === '' || SAFE.test(slug), JSON.stringify(text)).toBe(true);
        }
        expect(slugify('ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth');
    });
});

describe('slugFor', () => {
    it('falls back to the name when the title has no Latin letters, then to the fallback', () => {
        expect(slugFor('如何处理异议', 'HandleObjections', 'module')).toBe('handle-objections');
        expect(slugFor(undefined, 'DirectSeller', 'persona')).toBe('direct-seller');
        expect(slugFor('…', '_', 'module')).toBe('module');
        expect(slugFor('CON', 'Con', 'persona')).toBe('_con');
    });
});

describe('SlugAllocator', () => {
    it('numbers repeats deterministically and never hands out a reserved or used slug', () => {
        const slugs = new SlugAllocator(['readme']);
        expect(['a', 'a', 'a-2', 'readme', 'a'].map(s => slugs.allocate(s))).toEqual(['a', 'a-2', 'a-2-2', 'readme-2', 'a-3']);
    });

    it('keeps numbered slugs within the length limit', () => {
        const long = 'x'.repeat(MAX_SLUG_LENGTH);
        const slugs = new SlugAllocator();
        slugs.allocate(long);
        const second = slugs.allocate(long);
        expect(second).toBe(`${'x'.repeat(MAX_SLUG_LENGTH - 2)}-2`);
        expect(second.length).toBe(MAX_SLUG_LENGTH);
    });
});
