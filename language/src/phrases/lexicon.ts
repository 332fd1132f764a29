/**
 * Word lookups over the generated WordNet lexicon. At first use the packed
 * strings are only split (native, about a millisecond); words are then found by
 * binary search in the sorted lists, and verb entries are memoized.
 */
import { BloomFilter } from './bloom.js';
import {
    ADJECTIVE_FILTER,
    COMPOUND_FILTER,
    COMPOUND_HEAD_COUNTS,
    COMPOUND_HEADS,
    DERIVED_CODES,
    DERIVED_NOUNS,
    INTRANSITIVE_VERBS,
    MODIFIER_COUNTS,
    MODIFIERS,
    NOUN_FILTER,
    VERB_COUNTS,
    VERBS,
} from './lexicon.generated.js';

/** What WordNet says about a word that can be a verb. Counts are tagged-sense frequencies; -1 = not that part of speech. */
export interface VerbEntry {
    verbCount: number;
    nounCount: number;
    adjCount: number;
}

const VERB_ONLY_ENTRY: VerbEntry = Object.freeze({ verbCount: 0, nounCount: -1, adjCount: -1 });
/** Memo size limit, so a long-running language server does not grow without bound. */
const MEMO_LIMIT = 20_000;

interface Tables {
    verbs: string[];
    verbCounts: string[];
    derivedNouns: string[];
    derivedCodes: string[];
    intransitive: string[];
    nouns: BloomFilter;
    adjectives: BloomFilter;
    compounds: BloomFilter;
    compoundHeads: string[];
    compoundHeadCounts: string[];
    modifiers: string[];
    modifierCounts: string[];
    /** verb lookups so far, misses included (null) */
    memo: Map<string, VerbEntry | null>;
}

let tables: Tables | undefined;

function load(): Tables {
    if (tables) return tables;
    tables = {
        verbs: VERBS.split(' '),
        verbCounts: VERB_COUNTS.split('|'),
        derivedNouns: DERIVED_NOUNS.split(' '),
        derivedCodes: DERIVED_CODES.split(' '),
        intransitive: INTRANSITIVE_VERBS.split(' '),
        nouns: new BloomFilter(NOUN_FILTER),
        adjectives: new BloomFilter(ADJECTIVE_FILTER),
        compounds: new BloomFilter(COMPOUND_FILTER),
        compoundHeads: COMPOUND_HEADS.split(' '),
        compoundHeadCounts: COMPOUND_HEAD_COUNTS.split(' '),
        modifiers: MODIFIERS.split(' '),
        modifierCounts: MODIFIER_COUNTS.split(' '),
        memo: new Map(),
    };
    return tables;
}

/** Index of word in a sorted list, or -1. */
function find(sorted: string[], word: string): number {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const w = sorted[mid];
        if (w === word) return mid;
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/** The WordNet entry of a verb lemma (base form), if it is one. */
export function verbEntry(lemma: string): VerbEntry | undefined {
    const t = load();
    const known = t.memo.get(lemma);
    if (known !== undefined) return known ?? undefined;
    const i = find(t.verbs, lemma);
    let entry: VerbEntry | null = null;
    if (i >= 0) {
        const counts = t.verbCounts[i];
        if (counts === '') entry = VERB_ONLY_ENTRY;
        else {
            const [v, n, a] = counts.split(',');
            entry = { verbCount: Number(v), nounCount: n === '' ? -1 : Number(n), adjCount: a === '' ? -1 : Number(a) };
        }
    }
    if (t.memo.size >= MEMO_LIMIT) t.memo.clear();
    t.memo.set(lemma, entry);
    return entry ?? undefined;
}

export function isVerb(lemma: string): boolean {
    return verbEntry(lemma) !== undefined;
}

/** A noun or adjective that WordNet never uses as a verb (Bloom filter: ~1 % false positives). */
export function isNonVerbNoun(word: string): boolean {
    return load().nouns.has(word);
}

/** An adjective that WordNet never uses as a verb; it may also be a noun ("key", "weekly"). */
export function isNonVerbAdjective(word: string): boolean {
    return load().adjectives.has(word);
}

/** Any adjective reading, verbs included ("close", "open", "key"). */
export function canBeAdjective(word: string): boolean {
    const entry = verbEntry(word);
    return entry ? entry.adjCount >= 0 : load().adjectives.has(word);
}

/** Any noun: a verb/noun homograph or a noun-only word. */
export function isNoun(word: string): boolean {
    const entry = verbEntry(word);
    return entry ? entry.nounCount >= 0 : load().nouns.has(word);
}

/** The verb a deverbal noun comes from ("qualification" -> "qualify"), when it is spelled differently. */
export function derivedVerb(noun: string): string | undefined {
    const t = load();
    const i = find(t.derivedNouns, noun);
    if (i < 0) return undefined;
    const code = t.derivedCodes[i];
    return noun.slice(0, parseInt(code[0], 36)) + code.slice(1);
}

/** A verb that can take a direct object ("qualify leads"); false for "comply", "arrive". */
export function isTransitive(verb: string): boolean {
    return find(load().intransitive, verb) < 0;
}

/** "purchase order", "loan officer": the two words form a noun collocation in WordNet (Bloom filter, ~1 % false positives). */
export function isNounPair(first: string, second: string): boolean {
    return load().compounds.has(`${first} ${second}`);
}

/** The count beside `word` in a sorted word table and its base-36 counts; 0 for a word not listed. */
function countIn(words: string[], counts: string[], word: string): number {
    const k = find(words, word);
    return k < 0 ? 0 : parseInt(counts[k], 36);
}

/** How many WordNet noun collocations the word heads ("number": "phone number", "serial number"...); 0 below 3. */
export function compoundHeadCount(word: string): number {
    const t = load();
    return countIn(t.compoundHeads, t.compoundHeadCounts, word);
}

/** How many WordNet noun collocations the word opens ("credit": "credit card", "credit line"...); 0 below 3. */
export function modifierCount(word: string): number {
    const t = load();
    return countIn(t.modifiers, t.modifierCounts, word);
}
