/**
 * What kind of word a token is, as far as the classifier cares. Combines the
 * WordNet lexicon, morphology and the closed classes.
 */
import { derivedVerb, isNoun, isNonVerbAdjective, isNonVerbNoun, verbEntry, type VerbEntry } from './lexicon.js';
import { americanSpelling, isVerbLemma, looksPlural, singularize, verbOfEdForm, verbOfIngForm, verbOfSForm } from './morphology.js';
import type { Token } from './tokenize.js';
import {
  COMPOUND_HEADS,
  CONJUNCTIONS,
  DETERMINERS,
  JARGON_VERBS,
  JOB_HEADS,
  PARTICLES,
  PLAIN_ADVERBS,
  PREPOSITIONS,
} from './wordClasses.js';

const NOMINAL_SUFFIX = /(?:tion|sion|ment|ance|ence|ancy|ency|ity|ness|acy|ship|ism|ure)$/;
const AGENT_SUFFIX = /(?:er|or|ist|ian|ee)$/;
const PHRASAL_NOUN_END = /^([a-z]{2,}?)(out|off|up|over|back|down|through|around)$/;
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

/** An adverb that can open or follow a verb: "Quickly", "Proactively", "Always"; not "Weekly" (also an adjective). */
export function isAdverb(word: string): boolean {
  if (PLAIN_ADVERBS.has(word)) return true;
  return (
    word.length > 4 &&
    word.endsWith('ly') &&
    !isVerbLemma(word) &&
    !isNonVerbAdjective(word) &&
    !isNoun(word) &&
    !isNonVerbNoun(word)
  );
}

/** The verb entry of a word in base form, following British spellings; jargon verbs get an empty entry. */
export function baseVerbEntry(word: string): VerbEntry | undefined {
  const entry = verbEntry(word);
  if (entry) return entry;
  if (JARGON_VERBS.has(word)) return { verbCount: 0, nounCount: -1, adjCount: -1 };
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

/** An adjective that is neither noun nor verb ("new", "prospective", "quarterly" is a noun too so not it). */
export function isPureAdjective(word: string): boolean {
  return isNonVerbAdjective(word) && !isNonVerbNoun(word);
}

/** -ing word that is not a base verb ("scoring", "prospecting"; not "bring"). */
export function isGerund(word: string): boolean {
  return word.endsWith('ing') && baseVerbEntry(word) === undefined && (ingFormVerb(word) !== undefined || word.length > 6);
}

/** -ed word that is not a base verb ("received", "qualified"; not "need"). */
export function isParticiple(word: string): boolean {
  return word.endsWith('ed') && baseVerbEntry(word) === undefined && edFormVerb(word) !== undefined;
}

/** Nominalized phrasal verb written as one word: "rollout", "setup", "kickoff", "feedback". */
export function isPhrasalNoun(word: string): boolean {
  const m = PHRASAL_NOUN_END.exec(word);
  return m !== null && baseVerbEntry(m[1]) !== undefined && baseVerbEntry(word) === undefined;
}

/** A noun naming an action or state derived from a verb or adjective: "qualification", "delivery", "accuracy". */
export function isNominalization(word: string): boolean {
  const w = singularize(word);
  if (AGENT_SUFFIX.test(w)) return false;
  if (derivedVerb(w) !== undefined) return true;
  return NOMINAL_SUFFIX.test(w) && w.length > 5 && isNoun(w);
}

/** A noun that usually heads a compound: KPI measures, artifacts, job titles. */
export function isCompoundHead(word: string): boolean {
  return COMPOUND_HEADS.has(word) || JOB_HEADS.has(word);
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
