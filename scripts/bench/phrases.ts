/**
 * The phrase check's cost: cold start (loading the bundled classifier and
 * classifying one phrase, in a fresh Node process, as the server does at
 * start-up) and microseconds per phrase over the labeled test set.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
