/**
 * What kind of word a token is, as far as the classifier cares. Combines the
 * WordNet lexicon, morphology and the closed classes.
 */
import { derivedVerb, isNoun, isNonVerbAdjective, isNonVerbNoun, verbEntry, type VerbEntry } from './lexicon.js';
import { americanSpelling, isVerbLemma, looksPlural, singularize, verbOfEdForm, verbOfIngForm, verbOfSForm } from './morphology.js';
import type { Token } from './tokenize.js';
import {
    ARTIFACT_HEADS,
    CONJUNCTIONS,
    DETERMINERS,
    JARGON_VERBS,
    JOB_HEADS,
    MEASURE_NOUNS,
    PARTICLES,
    PLAIN_ADVERBS,
    PREPOSITIONS,
    PURE_PARTICLES,
} from './wordClasses.js';

/** Suffixes of nouns made from verbs ("qualification", "approval", "delivery", "growth"). */
const DEVERBAL_SUFFIX = /(?:ion|ment|ance|ence|ancy|ency|al|ure|age|ry|sis|th|ing)$/;
/**
 * Suffixes of abstract nouns WordNet does not link to a verb ("adherence",
 * "completeness", "sponsorship"). Deverbal "-tion"/"-ment" nouns are linked, so
 * unlinked ones are concrete ("equipment", "station") unless WordNet lacks the word.
 */
const NOMINAL_SUFFIX = /(?:ance|ence|ancy|ency|ness|ship)$/;
const UNKNOWN_NOMINAL_SUFFIX = /(?:tion|sion|ment|ance|ence|ancy|ency|ness|ship|ity|acy|ism)$/;
const AGENT_SUFFIX = /(?:er|or|ist|ian|ee)$/;
const PHRASAL_NOUN_END = /^([a-z]{2,}?)(out|off|up|over|back|down|through|around|in)$/;
const ASCII_LETTER = /[a-z]/;
const DIGITS = /^[0-9][0-9.,%]*$/;

/** The form to look a token up by: its first alternative for "identify/receive", British spelling fixed. */
export function lookupForm(token: Token): string {
    const slash = token.lower.indexOf('/');
    return slash > 0 ? token.lower.slice(0, slash) : token.lower;
}

export function hasLatinLetters(word: string): boolean {
    return ASCII_LETTER.test(word);
}

export function isNumber(word: string): boolean {
    return DIGITS.test(word);
}

/** Words that open a noun phrase: articles, possessives, pronouns, quantifiers, numbers. */
export function isDeterminerLike(token: Token): boolean {
    const w = lookupForm(token);
    return token.possessive || DETERMINERS.has(w) || isNumber(w);
}

export function isConjunction(word: string): boolean {
    return CONJUNCTIONS.has(word);
}

export function isPreposition(word: string): boolean {
    return PREPOSITIONS.has(word);
}

export function isParticle(word: string): boolean {
    return PARTICLES.has(word);
}

/** A particle that is not read as a preposition right after a verb: "up", "off", "out". */
export function isPureParticle(word: string): boolean {
    return PURE_PARTICLES.has(word);
}

/** An adverb that can open or follow a verb: "Quickly", "Proactively", "Always"; not "Weekly" (also an adjective). */
export function isAdverb(word: string): boolean {
    if (PLAIN_ADVERBS.has(word)) return true;
    return (
        !isFunctionWord(word) &&
        word.length > 4 &&
        word.endsWith('ly') &&
        !isVerbLemma(word) &&
        !isNonVerbAdjective(word) &&
        !isNoun(word) &&
        !isNonVerbNoun(word)
    );
}

/** Prepositions, particles, conjunctions, determiners: never content words. */
export function isFunctionWord(word: string): boolean {
    return PREPOSITIONS.has(word) || PARTICLES.has(word) || CONJUNCTIONS.has(word) || DETERMINERS.has(word);
}

// Jargon verbs lean to the verb reading but may modify a noun ("Upsell rate").
const JARGON_ENTRY: VerbEntry = Object.freeze({ verbCount: 2, nounCount: 1, adjCount: -1 });

/** The verb entry of a word in base form, following British spellings; jargon verbs count as noun/verb homographs. */
export function baseVerbEntry(word: string): VerbEntry | undefined {
    const entry = verbEntry(word);
    if (entry) return entry;
    if (JARGON_VERBS.has(word)) return JARGON_ENTRY;
    const american = americanSpelling(word);
    return american && american.endsWith('e') ? verbEntry(american) : undefined;
}

/** Verb behind an -s form, British spellings included. */
export function sFormVerb(word: string): string | undefined {
    const direct = verbOfSForm(word);
    if (direct) return direct;
    const american = americanSpelling(word);
    return american ? verbOfSForm(american) : undefined;
}

export function ingFormVerb(word: string): string | undefined {
    const direct = verbOfIngForm(word);
    if (direct) return direct;
    const american = americanSpelling(word);
    return american ? verbOfIngForm(american) : undefined;
}

export function edFormVerb(word: string): string | undefined {
    const direct = verbOfEdForm(word);
    if (direct) return direct;
    const american = americanSpelling(word);
    return american ? verbOfEdForm(american) : undefined;
}

/** A word that could start a verb phrase: a verb in base or third-person form. */
export function canBeVerb(word: string): boolean {
    return baseVerbEntry(word) !== undefined || sFormVerb(word) !== undefined;
}

/** A verb that WordNet never uses as a noun (adjective readings aside): "approve", "arranges". */
export function isVerbNotNoun(word: string): boolean {
    const entry = baseVerbEntry(word);
    if (entry) return entry.nounCount < 0;
    const lemma = sFormVerb(word);
    if (!lemma) return false;
    const lemmaEntry = baseVerbEntry(lemma);
    return lemmaEntry !== undefined && lemmaEntry.nounCount < 0;
}

/** An adjective that is neither noun nor verb: "new", "prospective" (not "quarterly", also a noun). */
export function isPureAdjective(word: string): boolean {
    return !isFunctionWord(word) && isNonVerbAdjective(word) && !isNonVerbNoun(word);
}

/** -ing word that is neither a base verb nor an adjective ("scoring", "prospecting"; not "bring", "existing"). */
export function isGerund(word: string): boolean {
    return (
        word.endsWith('ing') &&
        baseVerbEntry(word) === undefined &&
        !isPureAdjective(word) &&
        (ingFormVerb(word) !== undefined || word.length > 6)
    );
}

/** -ed word that is not a base verb ("received", "qualified"; not "need"). */
export function isParticiple(word: string): boolean {
    return word.endsWith('ed') && baseVerbEntry(word) === undefined && edFormVerb(word) !== undefined;
}

/** Nominalized phrasal verb written as one word: "rollout", "setup", "kickoff", "feedback". */
export function isPhrasalNoun(word: string): boolean {
    return phrasalVerbOf(word) !== undefined && baseVerbEntry(word) === undefined;
}

/** The phrasal verb behind "rollout", "set-up" or "follow-up": "roll out", "set up", "follow up". */
export function phrasalVerbOf(word: string): string | undefined {
    const m = PHRASAL_NOUN_END.exec(word.replace('-', ''));
    if (m === null || baseVerbEntry(m[1]) === undefined) return undefined;
    return `${m[1]} ${m[2]}`;
}

/**
 * A noun naming the action of a verb: "qualification", "approval", "delivery"
 * (WordNet derivation plus a nominal suffix, so "product" from "produce" is
 * not one), or an unknown word with an abstract-noun suffix ("enablement").
 */
export function isNominalization(word: string): boolean {
    const w = singularize(word);
    if (isPhrasalNoun(w)) return true;
    if (AGENT_SUFFIX.test(w)) return false;
    if (derivedVerb(w) !== undefined) return DEVERBAL_SUFFIX.test(w);
    if (w.length <= 6) return false;
    if (hasKnownClass(w)) return NOMINAL_SUFFIX.test(w) && isNoun(w);
    return UNKNOWN_NOMINAL_SUFFIX.test(w);
}

/** A noun that usually heads a compound: KPI measures, artifacts, job titles. */
export function isCompoundHead(word: string): boolean {
    return MEASURE_NOUNS.has(word) || ARTIFACT_HEADS.has(word) || JOB_HEADS.has(word);
}

/** KPI measures and job titles: the strongest compound heads ("Email open rate", "Lead sales engineer"). */
export function isMeasureOrJob(word: string): boolean {
    return MEASURE_NOUNS.has(word) || JOB_HEADS.has(word);
}

export function isJobHead(word: string): boolean {
    return JOB_HEADS.has(word);
}

/** Plural of something that can be a noun (or an unknown word such as an acronym: "RFPs"). */
export function isPluralNoun(word: string): boolean {
    if (!looksPlural(word)) return false;
    const singular = singularize(word);
    return isNoun(singular) || !hasKnownClass(singular);
}

/** Known to WordNet as any part of speech we track. */
export function hasKnownClass(word: string): boolean {
    return baseVerbEntry(word) !== undefined || isNonVerbNoun(word) || isNonVerbAdjective(word);
}
