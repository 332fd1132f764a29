/**
 * Word lookups over the generated WordNet lexicon. The packed strings are
 * unpacked on first use (a few milliseconds), never at import time.
 */
import { BloomFilter } from './bloom.js';
import { ADJECTIVE_FILTER, DERIVED_VERBS, NOUN_FILTER, VERB_ONLY, VERB_SHARED } from './lexicon.generated.js';

/** What WordNet says about a word that can be a verb. Counts are tagged-sense frequencies; -1 = not that part of speech. */
export interface VerbEntry {
  verbCount: number;
  nounCount: number;
  adjCount: number;
}

const VERB_ONLY_ENTRY: VerbEntry = Object.freeze({ verbCount: 0, nounCount: -1, adjCount: -1 });

interface Tables {
  verbs: Map<string, VerbEntry>;
  derived: Map<string, string>;
  nouns: BloomFilter;
  adjectives: BloomFilter;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const verbs = new Map<string, VerbEntry>();
  for (const w of VERB_ONLY.split(' ')) verbs.set(w, VERB_ONLY_ENTRY);
  for (const entry of VERB_SHARED.split(' ')) {
    const colon = entry.indexOf(':');
    const [v, n, a] = entry.slice(colon + 1).split(',');
    verbs.set(entry.slice(0, colon), {
      verbCount: Number(v),
      nounCount: n === '' ? -1 : Number(n),
      adjCount: a === '' ? -1 : Number(a),
    });
  }
  const derived = new Map<string, string>();
  for (const entry of DERIVED_VERBS.split(' ')) {
    const colon = entry.indexOf(':');
    const noun = entry.slice(0, colon);
    const keep = parseInt(entry[colon + 1], 36);
    derived.set(noun, noun.slice(0, keep) + entry.slice(colon + 2));
  }
  tables = { verbs, derived, nouns: new BloomFilter(NOUN_FILTER), adjectives: new BloomFilter(ADJECTIVE_FILTER) };
  return tables;
}

/** The WordNet entry of a verb lemma (base form), if it is one. */
export function verbEntry(lemma: string): VerbEntry | undefined {
  return load().verbs.get(lemma);
}

export function isVerb(lemma: string): boolean {
  return load().verbs.has(lemma);
}

/** A noun or adjective that WordNet never uses as a verb (Bloom filter: ~1 % false positives). */
export function isNonVerbNoun(word: string): boolean {
  return load().nouns.has(word);
}

export function isNonVerbAdjective(word: string): boolean {
  return load().adjectives.has(word);
}

/** Any noun: a verb/noun homograph or a noun-only word. */
export function isNoun(word: string): boolean {
  const entry = load().verbs.get(word);
  return entry ? entry.nounCount >= 0 : load().nouns.has(word);
}

/** The verb a deverbal noun comes from ("qualification" -> "qualify"), when it is spelled differently. */
export function derivedVerb(noun: string): string | undefined {
  return load().derived.get(noun);
}
