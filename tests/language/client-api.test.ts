/** `@wpcm/language/client` stays light: editor clients bundle it without the language itself. */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the client API', () => {
    it('bundles without Langium, Chevrotain, zod or the phrase lexicon', async () => {
        const result = await build({
            entryPoints: ['language/src/client.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent'
        });
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.filter(path => /node_modules\/(langium|chevrotain|@chevrotain|zod)\//.test(path) || path.includes('phrases/'))).toEqual([]);
        expect(result.outputFiles[0]!.text.length).toBeLessThan(20_000);
    });
});
