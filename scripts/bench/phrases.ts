/**
 * The phrase check's cost: cold start (loading the bundled classifier and
 * classifying one phrase, in a fresh Node process, as the server does at
 * start-up), microseconds per phrase over the labeled test set, and what the
 * lexicon and model weigh in a bundle.
 *
 * Alone: npx tsx scripts/bench/phrases.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { isActionVerbPhrase } from '../../language/src/phrases/index.js';

const ROOT = new URL('../../', import.meta.url);

function labeledPhrases(): string[] {
    const tsv = readFileSync(new URL('tests/phrases/phrases.tsv', ROOT), 'utf8');
    return tsv.split('\n').slice(1).map(line => line.split('\t')[0]!).filter(Boolean);
}

export function phraseColdStartMs(runs = 5): number[] {
    const folder = mkdtempSync(join(tmpdir(), 'wpcm-bench-'));
    try {
        const bundle = join(folder, 'phrases.mjs');
        buildSync({ entryPoints: [new URL('language/src/phrases/index.ts', ROOT).pathname], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });
        const probe = `const t0 = performance.now(); const m = await import(${JSON.stringify(bundle)}); m.isActionVerbPhrase('Close the deal'); console.log(performance.now() - t0);`;
        return Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim()));
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

export function phraseMicroseconds(rounds = 200): { phrases: number; us: number } {
    const phrases = labeledPhrases();
    for (const phrase of phrases) isActionVerbPhrase(phrase); // warm up
    let sink = 0;
    const start = performance.now();
    for (let r = 0; r < rounds; r++) {
        for (const phrase of phrases) if (isActionVerbPhrase(phrase)) sink++;
    }
    const ms = performance.now() - start;
    if (sink < 0) console.log(sink);
    return { phrases: phrases.length, us: (ms * 1000) / (rounds * phrases.length) };
}

/**
 * Size in kB of the phrase check in a minified bundle (all of language/src/phrases),
 * and of the two generated modules in it: WordNet lexicon and model weights.
 */
export function phraseSizesKB(): { bundleKB: number; lexiconKB: number; modelKB: number } {
    const folder = mkdtempSync(join(tmpdir(), 'wpcm-bench-'));
    const kb = (path: string) => Math.round(statSync(path).size / 102.4) / 10;
    const minified = (entry: string) => {
        const out = join(folder, `${entry.replace(/\W/g, '_')}.js`);
        buildSync({ entryPoints: [fileURLToPath(new URL(entry, ROOT))], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
        return kb(out);
    };
    try {
        return {
            bundleKB: minified('language/src/phrases/index.ts'),
            lexiconKB: minified('language/src/phrases/lexicon.generated.ts'),
            modelKB: minified('language/src/phrases/model.generated.ts'),
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { us, phrases } = phraseMicroseconds();
    const cold = phraseColdStartMs().sort((a, b) => a - b);
    const sizes = phraseSizesKB();
    console.log(JSON.stringify({ phrases, phraseUs: Math.round(us * 100) / 100, phraseColdMs: Math.round(cold[cold.length >> 1]), phraseModelKB: sizes.modelKB, phraseLexiconKB: sizes.lexiconKB, phraseBundleKB: sizes.bundleKB }));
}
