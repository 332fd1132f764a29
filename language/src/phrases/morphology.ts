/**
 * English inflection, just enough for motion titles: find the verb behind an
 * -s / -ing / -ed form, and make plurals for rewrites. WordNet's exception
 * lists are not shipped, so irregular forms are covered by small tables.
 */
import { isVerb, verbEntry } from './lexicon.js';
import { JARGON_VERBS } from './wordClasses.js';

const BRITISH_IZE = /^(.{3,})(is|ys)(e|es|ed|ing)$/;
const SIBILANT_END = /(?:s|x|z|ch|sh|o)$/;
const ES_PLURAL_END = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;
const NOT_PLURAL_END = /(?:ss|us|is)$/;
const ES_AFTER_SIBILANT = /(?:sses|xes|zes|ches|shes)$/;
const CVC_END = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/;

const IRREGULAR_THIRD_PERSON: Record<string, string> = { has: 'have', does: 'do', goes: 'go', is: 'be' };
const IRREGULAR_PLURALS: Record<string, string> = {
    person: 'people',
    child: 'children',
    analysis: 'analyses',
    criterion: 'criteria',
    basis: 'bases',
    crisis: 'crises',
    diagnosis: 'diagnoses',
    man: 'men',
    woman: 'women',
    salesperson: 'salespeople',
};

const IRREGULAR_SINGULARS: Record<string, string> = Object.fromEntries(
    Object.entries(IRREGULAR_PLURALS).map(([singular, plural]) => [plural, singular]),
);

/** A verb lemma known to WordNet or to our jargon list. */
export function isVerbLemma(word: string): boolean {
    return isVerb(word) || JARGON_VERBS.has(word);
}

function isVowel(c: string): boolean {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function hasVowel(stem: string): boolean {
    for (let i = 0; i < stem.length; i++) if (isVowel(stem[i]) || (i > 0 && stem[i] === 'y')) return true;
    return false;
}

/** British spellings WordNet lacks: "prioritise" -> "prioritize", "analyse" -> "analyze". */
export function americanSpelling(word: string): string | undefined {
    const m = BRITISH_IZE.exec(word);
    if (!m) return undefined;
    return `${m[1]}${m[2] === 'is' ? 'iz' : 'yz'}${m[3]}`;
}

/** The verb behind an -s form ("identifies" -> "identify"), when there is one. */
export function verbOfSForm(word: string): string | undefined {
    const irregular = IRREGULAR_THIRD_PERSON[word];
    if (irregular) return irregular;
    const n = word.length;
    if (n < 3 || word[n - 1] !== 's' || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return undefined;
    if (word.endsWith('ies')) {
        const y = `${word.slice(0, -3)}y`;
        if (isVerbLemma(y)) return y;
    }
    if (word.endsWith('es')) {
        const stem = word.slice(0, -2);
        if (SIBILANT_END.test(stem) && isVerbLemma(stem)) return stem;
    }
    const stem = word.slice(0, -1);
    return isVerbLemma(stem) ? stem : undefined;
}

/** The verb behind an -ing form ("closing" -> "close", "planning" -> "plan"), when there is one. */
export function verbOfIngForm(word: string): string | undefined {
    if (!word.endsWith('ing') || word.length < 5) return undefined;
    const stem = word.slice(0, -3);
    if (!hasVowel(stem)) return undefined;
    return pickVerb(stem);
}

/** The verb behind an -ed form ("qualified" -> "qualify"), when there is one. */
export function verbOfEdForm(word: string): string | undefined {
    if (!word.endsWith('ed') || word.length < 4) return undefined;
    if (word.endsWith('ied')) {
        const y = `${word.slice(0, -3)}y`;
        if (isVerbLemma(y)) return y;
    }
    const stem = word.slice(0, -2);
    if (!hasVowel(stem)) return undefined;
    return pickVerb(stem);
}

/**
 * Undo the spelling changes of -ing/-ed: doubled consonant ("planning"), dropped
 * e ("closing"). When both "rout" and "route" are verbs: a consonant-vowel-
 * consonant stem would have doubled its consonant, so "taping" is "tape";
 * otherwise the more frequent word wins ("routing" -> "route").
 */
function pickVerb(stem: string): string | undefined {
    const n = stem.length;
    if (n > 2 && stem[n - 1] === stem[n - 2] && !isVowel(stem[n - 1])) {
        const undoubled = stem.slice(0, -1);
        if (isVerbLemma(undoubled)) return undoubled;
    }
    const plain = isVerbLemma(stem) ? stem : undefined;
    const withE = isVerbLemma(`${stem}e`) ? `${stem}e` : undefined;
    if (!plain || !withE) return plain ?? withE;
    if (CVC_END.test(stem)) return withE;
    return frequency(withE) >= frequency(plain) ? withE : plain;
}

function frequency(lemma: string): number {
    const entry = verbEntry(lemma);
    return entry ? entry.verbCount + Math.max(entry.nounCount, 0) + Math.max(entry.adjCount, 0) : 0;
}

/** Plural of a countable noun. */
export function pluralize(noun: string): string {
    const irregular = IRREGULAR_PLURALS[noun];
    if (irregular) return irregular;
    if (ES_PLURAL_END.test(noun)) return `${noun}es`;
    if (CONSONANT_Y_END.test(noun)) return `${noun.slice(0, -1)}ies`;
    return `${noun}s`;
}

/** Singular of a regular plural ("opportunities" -> "opportunity"); the word itself when it does not look plural. */
export function singularize(word: string): string {
    const irregular = IRREGULAR_SINGULARS[word];
    if (irregular) return irregular;
    if (word.length < 4 || !word.endsWith('s') || NOT_PLURAL_END.test(word)) return word;
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (ES_AFTER_SIBILANT.test(word)) return word.slice(0, -2);
    return word.slice(0, -1);
}

/** True for a word that looks like a regular plural noun ("leads", "opportunities"). */
export function looksPlural(word: string): boolean {
    return singularize(word) !== word;
}
