#!/usr/bin/env tsx
// Draws 200 corpus noun phrases that the classifier flags (lowest hash first, so
// the draw is fixed) and prints each with the rewrite the quick fix would offer,
// as tests/phrases/rewrites.tsv lists them after review by hand.
//
// Usage: npx tsx scripts/sample-rewrites.ts > /tmp/rewrites.tsv
import { readFileSync } from 'node:fs';
import { analyzeMotionTitle, suggestVerbPhrase } from '../language/src/phrases/index.js';

function fnv1a(text: string): number {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
}

const rows = readFileSync(new URL('../tests/phrases/corpus/corpus.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .filter(([phrase, label]) => label === 'noun' && !analyzeMotionTitle(phrase).isVerbPhrase)
    .sort((a, b) => fnv1a(`rewrite:${a[0]}`) - fnv1a(`rewrite:${b[0]}`) || (a[0] < b[0] ? -1 : 1))
    .slice(0, 200);
console.log('phrase\tfamily\trewrite');
for (const [phrase, , family] of rows) console.log(`${phrase}\t${family}\t${suggestVerbPhrase(phrase) ?? ''}`);
