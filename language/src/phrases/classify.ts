/**
 * Decides whether a motion title is an action verb phrase ("Qualify the lead")
 * or a noun phrase ("Lead qualification").
 *
 * The first word decides most titles: a verb that is never a noun starts a verb
 * phrase; a gerund, participle, noun or adjective starts a noun phrase. Words
 * that are both noun and verb ("Lead", "Forecast", "Close") are decided by what
 * follows them: a determiner, pronoun, adverb, particle or argument preposition
 * signals a verb; a measure, artifact or job noun, a nominalization or a gerund
 * signals a noun compound; a plural object signals a verb. When nothing
 * decides, the title is taken as a verb phrase: a missed noun phrase costs
 * less than a false warning.
 */
import type { VerbEntry } from './lexicon.js';
import { tokenize, type Token } from './tokenize.js';
import { BREAKDOWN_DIMENSIONS, CATENATIVE_VERBS, FIXED_NOUN_PHRASES, IRREGULAR_PARTICIPLES, RATE_NOUNS, MODIFIER_NOUNS, NOMINAL_PREPOSITIONS } from './wordClasses.js';
import {
    baseVerbEntry,
    canBeVerb,
    hasKnownClass,
    hasLatinLetters,
    isAdverb,
    isCompoundHead,
    isConjunction,
    isDeterminerLike,
    isGerund,
    isJobHead,
    isMeasureOrJob,
    isNominalization,
    isNumber,
    isParticiple,
    isParticle,
    isPureParticle,
    isPhrasalNoun,
    isPluralNoun,
    isPreposition,
    isPureAdjective,
    isVerbNotNoun,
    lookupForm,
    sFormVerb,
} from './wordKinds.js';

export interface PhraseAnalysis {
    isVerbPhrase: boolean;
    /** the word that heads the phrase, as written (e.g. "Deal" for "Deal closure", "Prospecting") */
    head: string;
    /** short human reason, used in hover/debug, e.g. "starts with the gerund 'Prospecting'" */
    reason: string;
}

interface Verdict {
    verb: boolean;
    reason: string;
    /** the verdict stands without the model (RuleAnalysis.judged false) */
    final?: boolean;
}

const verb = (reason: string): Verdict => ({ verb: true, reason });
const noun = (reason: string): Verdict => ({ verb: false, reason });
/**
 * A noun phrase the model does not judge, for shapes right on every training row but drawn mostly from one
 * style, so that a model which has not seen the style overrode them:
 * - a noun described by the participle after it ("Invoice paid", "Claims settled per adjuster"): 40 of 40
 *   rows, most of them KPI names; a verb would take its object there, not a participle;
 * - a plural noun broken down by report dimensions ("Leads by source"): 30 of 30 rows, nearly all CRM report
 *   names, and none of the 9 verbs in the third person before "by" ("Settles by agreement") has a dimension after it.
 */
const finalNoun = (reason: string): Verdict => ({ verb: false, reason, final: true });
const UNKNOWN_ENTRY: VerbEntry = { verbCount: 0, nounCount: 1, adjCount: -1 };
const LOWERCASE_LETTER = /[a-z]/;
/** Anything but whitespace and punctuation: emoji, symbols. */
const SYMBOL = /[^\s\p{P}]/u;
const UPPERCASE_LETTER = /[A-Z]/;
const MAX_ENGLISH_WORD = 30;
const VERB_PREFIXES = new Set(['re', 'pre', 'co', 'multi', 'cross', 'de', 'un', 'over', 'under', 'out', 'mis', 'self']);

/** The hand rules' analysis, plus where the phrase starts (after list numbering) and the tokens, for the model. */
export interface RuleAnalysis extends PhraseAnalysis {
    tokens: Token[];
    /** index of the first word after list numbering */
    start: number;
    /**
     * false when the rules' verdict stands as is: nothing to judge (no words, no
     * Latin letters), an adverb before a verb ("Only focus on ..."), which
     * never opens a noun phrase, or a noun described by a participle after it
     * ("Tickets closed this week")
     */
    judged: boolean;
}

/** Words that number a list item when a number follows: "Step 2: Discovery". */
const NUMBERING_WORDS = new Set(['step', 'phase', 'stage', 'part']);

export function analyzeByRules(title: string): RuleAnalysis {
    const tokens = tokenize(title);
    let i = 0;
    // "1. Qualify the lead", "Step 2: Qualify the lead": list numbering is not part of the phrase.
    if (tokens.length >= 2 && NUMBERING_WORDS.has(tokens[0].lower) && isNumber(tokens[1].lower)) {
        if (tokens.length === 2) {
            const reason = `'${tokens[0].text} ${tokens[1].text}' numbers the motion but names no action`;
            return { isVerbPhrase: false, head: tokens[0].text, reason, tokens, start: 0, judged: false };
        }
        i = 1;
    }
    while (i < tokens.length - 1 && isNumber(tokens[i].lower)) i++;
    if (i >= tokens.length) {
        // Emoji or symbols only: nothing to judge, so nothing to flag. Blank or punctuation only: empty.
        return SYMBOL.test(title)
            ? { isVerbPhrase: true, head: '', reason: 'the title has no words to judge', tokens, start: i, judged: false }
            : { isVerbPhrase: false, head: '', reason: 'the title is empty', tokens, start: i, judged: false };
    }
    // A "word" longer than any English word is not one: the rules' lean to the verb reading stands.
    const judged = hasLatinLetters(lookupForm(tokens[i])) && tokens[i].text.length <= MAX_ENGLISH_WORD;
    // "Quickly qualify leads": an adverb modifies a verb, never a noun.
    if (i < tokens.length - 1 && isAdverb(lookupForm(tokens[i])) && canBeVerb(lookupForm(tokens[i + 1]))) {
        const reason = `'${tokens[i + 1].text}' is a verb after the adverb '${tokens[i].text}'`;
        return { isVerbPhrase: true, head: tokens[i + 1].text, reason, tokens, start: i, judged: false };
    }
    const shouting = isShouting(title, tokens, i);
    const result = endToEndProcess(tokens, i) ?? decideFirstWord(tokens, i, shouting);
    return { isVerbPhrase: result.verb, head: tokens[i].text, reason: result.reason, tokens, start: i, judged: judged && !result.final };
}

/**
 * A title in capitals throughout, where capitals mark no acronym ("QUALIFY THE LEAD").
 * A lone capitalized word that is no English word is an acronym ("CRM", "R&D").
 */
export function isShouting(title: string, tokens: Token[], i: number): boolean {
    if (LOWERCASE_LETTER.test(title)) return false;
    return tokens.length > i + 1 || hasKnownClass(lookupForm(tokens[i]));
}

function decideFirstWord(tokens: Token[], i: number, shouting: boolean): Verdict {
    const token = tokens[i];
    const w = lookupForm(token);
    const quoted = `'${token.text}'`;
    if (!hasLatinLetters(w)) return verb(`${quoted} is not an English word; not flagged`);
    if (!shouting && token.text.length > 1 && token.text === token.text.toUpperCase() && UPPERCASE_LETTER.test(token.text)) {
        return noun(`starts with the acronym ${quoted}`);
    }
    if (isNumber(w)) return noun(`starts with the number ${quoted}`);
    if (w.includes('-')) return decideHyphenated(tokens, i, w);
    return decideWord(tokens, i, w);
}

/** "Procure to pay", "Lead to cash", "Time to close": names of end-to-end processes and intervals. */
function endToEndProcess(tokens: Token[], i: number): Verdict | undefined {
    if (tokens.length !== i + 3 || lookupForm(tokens[i + 1]) !== 'to') return undefined;
    const last = lookupForm(tokens[i + 2]);
    if (!baseVerbEntry(last) || isDeterminerLike(tokens[i + 2])) return undefined;
    return noun(`'${tokens[i].text} to ${tokens[i + 2].text}' names an end-to-end process`);
}

function decideWord(tokens: Token[], i: number, w: string): Verdict {
    const quoted = `'${tokens[i].text}'`;
    const entry = baseVerbEntry(w);
    if (entry) {
        if (isEffectivelyVerbOnly(w, entry)) return decideVerbOnly(tokens, i);
        return decideHomograph(tokens, i, entry);
    }
    if (isGerund(w)) return noun(`starts with the gerund ${quoted}`);
    if (isParticiple(w)) return noun(`starts with the participle ${quoted}`);
    const lemma = sFormVerb(w);
    if (lemma) return decideSForm(tokens, i, lemma);
    if (isPhrasalNoun(w)) return noun(`starts with the noun ${quoted}`);
    if (hasKnownClass(w) || (isPluralNoun(w) && hasKnownClass(w.slice(0, -1)))) {
        return noun(`starts with the noun or adjective ${quoted}, which is not a verb`);
    }
    if (isNominalization(w)) return noun(`starts with the noun ${quoted}`);
    // Not in the dictionary (jargon, a name, a typo): judge by what follows, leaning to verb.
    return decideHomograph(tokens, i, UNKNOWN_ENTRY);
}

/**
 * Verbs with no noun or adjective reading, or whose noun senses WordNet never
 * saw in its tagged corpus while the verb is common ("Sell", "Listen").
 */
function isEffectivelyVerbOnly(w: string, entry: VerbEntry): boolean {
    if (entry.nounCount < 0 && entry.adjCount < 0) return true;
    return entry.nounCount <= 0 && entry.adjCount <= 0 && entry.verbCount >= 20 && !MODIFIER_NOUNS.has(w);
}

/** A word that is only a verb starts a verb phrase, except in KPI names such as "Attach rate". */
function decideVerbOnly(tokens: Token[], i: number): Verdict {
    const quoted = `'${tokens[i].text}'`;
    const next = tokens[i + 1];
    if (next && tokens.length === i + 2 && RATE_NOUNS.has(lookupForm(next))) {
        return noun(`${quoted} modifies the measure '${next.text}'`);
    }
    return verb(`starts with the verb ${quoted}`);
}

/** "Follow-up email", "Lead-to-cash", "Cross-sell products", "Re-engage dormant accounts". */
function decideHyphenated(tokens: Token[], i: number, w: string): Verdict {
    const quoted = `'${tokens[i].text}'`;
    if (baseVerbEntry(w) || sFormVerb(w)) return decideWord(tokens, i, w);
    const parts = w.split('-');
    const last = parts[parts.length - 1];
    if (parts.length === 2 && VERB_PREFIXES.has(parts[0]) && !isParticle(last)) {
        const entry = baseVerbEntry(last);
        if (entry) return isEffectivelyVerbOnly(last, entry) ? decideVerbOnly(tokens, i) : decideHomograph(tokens, i, entry);
        if (sFormVerb(last)) return decideSForm(tokens, i, sFormVerb(last)!);
    }
    return noun(`starts with the compound modifier ${quoted}`);
}

/** First word is a noun/verb (or adjective/verb) homograph in base form: "Lead", "Close", "Review". */
function decideHomograph(tokens: Token[], i: number, entry: VerbEntry): Verdict {
    const first = `'${tokens[i].text}'`;
    const next = tokens[i + 1];
    if (!next) {
        // A lone word: only clearly noun-dominant words ("Service", "Pricing") are nouns.
        const nounHeavy = entry.nounCount >= 20 && entry.nounCount >= 10 * Math.max(entry.verbCount, 1);
        return nounHeavy ? noun(`${first} alone reads as a noun`) : verb(`${first} alone reads as an imperative`);
    }
    const n = lookupForm(next);
    const quotedNext = `'${next.text}'`;
    const fixed = tokens[i + 2] ? `${lookupForm(tokens[i])}-${n}-${lookupForm(tokens[i + 2])}` : '';
    if (FIXED_NOUN_PHRASES.has(fixed)) return noun(`'${tokens[i].text} ${next.text} ${tokens[i + 2].text}' is a name`);
    if (isDeterminerLike(next)) return verb(`${first} is followed by ${quotedNext}, so it is a verb`);
    if (tokens[i].breakAfter || isConjunction(n)) return decideCoordination(tokens, i);
    if (NOMINAL_PREPOSITIONS.has(n)) return noun(`${first} is followed by ${quotedNext}, so it is a noun`);
    if (isPureParticle(n)) return decidePhrasal(tokens, i);
    if (isPreposition(n)) return decidePreposition(tokens, i, entry);
    if (isAdverb(n)) return verb(`${first} is followed by the adverb ${quotedNext}`);
    if (isParticiple(n) && tokens.length === i + 2) return finalNoun(`${first} is described by the participle ${quotedNext}`);
    // A verb that is also an adjective but not a noun ("Secure", "Open") cannot modify a noun as a noun would.
    if (entry.nounCount < 0) return verb(`${first} is a verb here`);
    return decideObject(tokens, i, entry);
}

/** WordNet counts the word more often as a noun (or adjective: "Average deal size") than as a verb. */
function mostlyNominal(entry: VerbEntry): boolean {
    return entry.nounCount >= Math.max(entry.verbCount, 1) || entry.adjCount > entry.verbCount;
}

/**
 * Whether a homograph, with no stronger cue, reads as a noun modifier: business
 * nouns that commonly modify ("Lead", "Deal"), else whichever reading WordNet
 * counts as more frequent.
 */
function prefersNounReading(tokens: Token[], i: number, entry: VerbEntry): boolean {
    return MODIFIER_NOUNS.has(lookupForm(tokens[i])) || mostlyNominal(entry);
}

/**
 * In "X Y ... Head", X is a noun modifier when WordNet counts it mostly as a
 * noun, or when it commonly modifies and Y is itself an action or head noun
 * ("Lead generation specialist", "Deal desk analyst").
 */
function chainsCompound(tokens: Token[], i: number, entry: VerbEntry): boolean {
    if (mostlyNominal(entry)) return true;
    const y = lookupForm(tokens[i + 1]);
    return MODIFIER_NOUNS.has(lookupForm(tokens[i])) && (isCompoundHead(y) || isNominalization(y) || isGerund(y));
}

/**
 * Homograph followed by a run of nouns/adjectives: object of a verb ("Close
 * deals", "Review contract") or a noun compound ("Win rate", "Lead qualification")?
 */
function decideObject(tokens: Token[], i: number, entry: VerbEntry): Verdict {
    const first = `'${tokens[i].text}'`;
    const end = nounRunEnd(tokens, i);
    let sawAdjective = false;
    // Adjectives before the head: "Coach new reps" (a noun would not be followed by one).
    for (let k = i + 1; k < end - 1; k++) {
        const w = lookupForm(tokens[k]);
        if (isPureAdjective(w) || isParticiple(w)) sawAdjective = true;
    }
    const headToken = tokens[end - 1];
    const head = lookupForm(headToken);
    const quotedHead = `'${headToken.text}'`;
    if (isPluralNoun(head) && !isCompoundHead(head)) return verb(`${first} takes the plural object ${quotedHead}`);
    if (isPluralNoun(head) && isJobHead(head)) return verb(`${first} takes the plural object ${quotedHead}`);
    if (sawAdjective) return verb(`${first} is followed by an adjective, so it is a verb`);
    const gerund = isGerund(head) && !CATENATIVE_VERBS.has(lookupForm(tokens[i]));
    const actionHead = gerund || isNominalization(head);
    if (end === i + 2) {
        // Right after the homograph, a measure, artifact or job noun makes a compound ("Win rate", "Price list");
        // an action noun does when the homograph reads as a noun ("Lead qualification", not "Drive adoption").
        // "Forecast volume of calls", "Estimate costs of production": a measure that takes its own "of" is
        // the verb's object, not the head of a compound (a homograph with no adjective reading only, so not
        // "General category of things").
        if (isCompoundHead(head) && entry.adjCount < 0 && tokens[end] && lookupForm(tokens[end]) === 'of') {
            return verb(`${first} takes the object ${quotedHead}, which takes 'of'`);
        }
        if (isCompoundHead(head)) return noun(`${first} modifies ${quotedHead}, a noun that heads compounds`);
        if (actionHead && prefersNounReading(tokens, i, entry)) return noun(`${first} modifies the action noun ${quotedHead}`);
        return verb(`${first} takes the object ${quotedHead}`);
    }
    // Longer runs: "Email open rate" and "Lead generation specialist" are compounds,
    // "Report pipeline status" and "Drive pipeline growth" are verb + object.
    if (isMeasureOrJob(head) && prefersNounReading(tokens, i, entry)) {
        return noun(`${first} starts the compound ending in ${quotedHead}`);
    }
    if ((isCompoundHead(head) || actionHead) && chainsCompound(tokens, i, entry)) {
        return noun(`${first} starts the compound ending in ${quotedHead}`);
    }
    return verb(`${first} takes the object ${quotedHead}`);
}

/** Whether tokens[k] is a content word a participle before it can describe: not a function word, not the end. */
function describesNextNoun(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    if (!t || isDeterminerLike(t)) return false;
    const w = lookupForm(t);
    return hasLatinLetters(w) && !isPreposition(w) && !isConjunction(w) && !isAdverb(w) && !isPureParticle(w) && !TIME_MODIFIERS.has(w);
}

/** "Leads converted last month", "Orders shipped late": after a participle these say when, not what. */
const TIME_MODIFIERS = new Set(['last', 'next', 'today', 'yesterday', 'late', 'early']);

/** End (exclusive) of the run of nouns and adjectives after tokens[i], up to a function word or clause break. */
function nounRunEnd(tokens: Token[], i: number): number {
    let end = i + 1;
    while (end < tokens.length) {
        const t = tokens[end];
        const w = lookupForm(t);
        if (end > i + 1 && (isDeterminerLike(t) || isPreposition(w) || isConjunction(w) || isAdverb(w))) break;
        end++;
        if (t.breakAfter) break;
    }
    return end;
}

/** "Follow up with the buyer" (verb) vs "Follow up email" (noun). */
function decidePhrasal(tokens: Token[], i: number): Verdict {
    const phrasal = `'${tokens[i].text} ${tokens[i + 1].text}'`;
    const after = tokens[i + 2];
    if (after && tokens.length === i + 3 && isCompoundHead(lookupForm(after))) {
        return noun(`${phrasal} modifies '${after.text}'`);
    }
    return verb(`starts with the phrasal verb ${phrasal}`);
}

/** "Prospect for leads", "Lead with insight" (verbs) vs "Time in stage", "Orders on hold" (nouns). */
function decidePreposition(tokens: Token[], i: number, entry: VerbEntry): Verdict {
    const first = `'${tokens[i].text}'`;
    const prep = tokens[i + 1].text;
    const object = tokens[i + 2];
    // "Hand over to support", "Get back to the buyer": a particle then a preposition is a phrasal verb
    // and its complement (75 of 76 such corpus rows after a homograph are verb phrases).
    if (object && isPreposition(lookupForm(object))) return verb(`starts with the phrasal verb '${tokens[i].text} ${prep}'`);
    const nounHeavy = entry.nounCount >= 20 && entry.nounCount >= 5 * Math.max(entry.verbCount, 1);
    const last = lookupForm(tokens[tokens.length - 1]);
    if (nounHeavy && object && !isDeterminerLike(object) && !isPluralNoun(last)) {
        return noun(`${first} is a noun qualified by '${prep} ${object.text}'`);
    }
    return verb(`${first} takes the preposition '${prep}'`);
}

/** "Plan and manage key accounts" (verbs) vs "Terms and conditions", "Lead and opportunity management" (nouns). */
function decideCoordination(tokens: Token[], i: number): Verdict {
    const first = `'${tokens[i].text}'`;
    // Collect the first word of each further conjunct.
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
        if (isConjunction(lookupForm(tokens[j]))) j++;
        if (j >= tokens.length) break;
        const w = lookupForm(tokens[j]);
        if (isVerbNotNoun(w)) return verb(`${first} is coordinated with the verb '${tokens[j].text}'`);
        if (!canBeVerb(w) && !isAdverbOrDeterminer(tokens[j])) return noun(`${first} is coordinated with the noun '${tokens[j].text}'`);
        last = j;
        if (!tokens[j].breakAfter && !(tokens[j + 1] && isConjunction(lookupForm(tokens[j + 1])))) break;
        j++;
    }
    if (last === i || last === tokens.length - 1) {
        return noun(`${first} is coordinated with another noun`);
    }
    // Both conjuncts are homographs ("Track and report sales activity"): the words after the last one decide.
    const w = lookupForm(tokens[last]);
    const lastEntry = baseVerbEntry(w);
    if (lastEntry) return decideHomograph(tokens, last, lastEntry);
    const lemma = sFormVerb(w);
    return lemma ? decideSForm(tokens, last, lemma) : verb(`${first} starts a list of actions`);
}

function isAdverbOrDeterminer(token: Token): boolean {
    return isDeterminerLike(token) || isAdverb(lookupForm(token));
}

/** Why a title is a breakdown (see breakdownDimensions): the one wording for the rule's verdict and the hover. */
export function breakdownReason(plural: string, dimensions: string): string {
    return `'${plural}' is a plural noun broken down by '${dimensions}', the name of a report`;
}

/**
 * A report's breakdown: the plural noun at tokens[i], then "by" and to the end one or more dimensions joined by
 * "and" ("Leads by source", "Deals by stage and owner", "Tasks by due date"), each a bare noun of
 * BREAKDOWN_DIMENSIONS with at most one modifier. Returns the words after "by", or undefined. A verb in the
 * third person takes its means there instead ("Settles by agreement", "Takes by stealing").
 */
export function breakdownDimensions(tokens: Token[], i: number): string | undefined {
    if (tokens.length < i + 3 || lookupForm(tokens[i + 1]) !== 'by') return undefined;
    const after = tokens.slice(i + 2);
    let words = 0;
    for (let k = 0; k < after.length; k++) {
        const w = lookupForm(after[k]);
        const endsConjunct = k === after.length - 1 || isConjunction(lookupForm(after[k + 1]));
        if (isConjunction(w) && words > 0 && k < after.length - 1) {
            words = 0;
            continue;
        }
        if (isDeterminerLike(after[k]) || isGerund(w) || isPreposition(w) || isConjunction(w) || ++words > 2) return undefined;
        if (endsConjunct && !BREAKDOWN_DIMENSIONS.has(w) && !BREAKDOWN_DIMENSIONS.has(w.replace(/s$/, ''))) return undefined;
        if (after[k].breakAfter && k < after.length - 1) return undefined;
    }
    return after.map((t) => t.text).join(' ');
}

/**
 * First word ends in -s and its stem is a verb: third person ("Contacts
 * prospective customers") or plural noun ("Leads", "Orders on hold")?
 */
function decideSForm(tokens: Token[], i: number, lemma: string): Verdict {
    const first = `'${tokens[i].text}'`;
    const entry = baseVerbEntry(lemma);
    if (entry && entry.nounCount < 0) return verb(`starts with the verb ${first} (third person)`);
    const next = tokens[i + 1];
    if (!next) return noun(`${first} alone is a plural noun`);
    const n = lookupForm(next);
    // A participle (many are adjectives too: "closed", "processed") says which: before a noun it describes the
    // verb's object ("Repairs damaged furniture"); after the plural noun it describes, it ends the phrase or
    // comes before a preposition or a time ("Invoices processed per clerk", "Tickets closed this week").
    const participle = isParticiple(n) || IRREGULAR_PARTICIPLES.has(n);
    if (participle && !next.breakAfter && describesNextNoun(tokens, i + 2)) return verb(`${first} takes an object described by '${next.text}'`);
    if (participle) return finalNoun(`${first} is a plural noun described by the participle '${next.text}'`);
    if (isDeterminerLike(next) || isAdverb(n) || isPureAdjective(n)) return verb(`${first} is a verb in the third person`);
    if (tokens[i].breakAfter || isConjunction(n)) return decideCoordination(tokens, i);
    const dimensions = breakdownDimensions(tokens, i);
    if (dimensions) return finalNoun(breakdownReason(tokens[i].text, dimensions));
    if (NOMINAL_PREPOSITIONS.has(n)) return noun(`${first} is a plural noun qualified by '${next.text}'`);
    if (isPreposition(n)) {
        const object = tokens[i + 2];
        if (object && tokens.length === i + 3 && !isPluralNoun(lookupForm(object)) && !isDeterminerLike(object)) {
            return noun(`${first} is a plural noun qualified by '${next.text} ${object.text}'`);
        }
        return verb(`${first} is a verb in the third person`);
    }
    if (isGerund(n)) return noun(`${first} is a plural noun described by '${next.text}'`);
    // "Records management", "Needs assessment": a plural noun right before the action noun that heads the phrase,
    // at the end or before a preposition a noun takes ("Benefits cost per employee"); before another
    // preposition or a conjunction the noun is a third-person verb's object ("Monitors compliance with
    // regulations", "Files correspondence and other records").
    const after = tokens[i + 2];
    const headsPhrase = nounRunEnd(tokens, i) === i + 2 && (!after || NOMINAL_PREPOSITIONS.has(lookupForm(after)));
    if (headsPhrase && !isPluralNoun(n) && (isNominalization(n) || isCompoundHead(n))) {
        return noun(`${first} modifies '${next.text}'`);
    }
    return verb(`${first} is a verb in the third person`);
}
