/**
 * Quick-fix rewrites of noun-phrase motion titles into action verb phrases.
 *
 * Two shapes are rewritten, nothing else (no suggestion beats a wrong one):
 *   - a leading gerund becomes its base form: "Handling objections" -> "Handle objections";
 *   - "<noun modifiers> <action noun>" becomes "<verb> <object>": the action noun
 *     gives the verb (WordNet derivation: "qualification" -> "qualify"; a gerund;
 *     "review"; a phrasal noun: "rollout" -> "roll out") and the modifiers the object.
 *
 * Object policy:
 *   - plural already ("Records management"), a mass noun ("Demand generation") or
 *     an abstract noun ("Incentive compensation management"): kept as written;
 *   - an action noun naming one completed event (-al, -ure, "review", "check",
 *     "handoff"...): "the" + singular ("Deal closure" -> "Close the deal",
 *     "Contract review" -> "Review the contract");
 *   - an ongoing activity (-tion, -ment, -ing...): plural, as such work is done
 *     to a stream of objects ("Lead qualification" -> "Qualify leads").
 * No rewrite for KPI names ("Win rate": "rate" names no action), titles with
 * adjectives, channels ("Email marketing"), coordination or clauses, or verbs
 * that take no object. The result must itself classify as a verb phrase.
 */
import { analyzeByRules } from './classify.js';
import { analyzeMotionTitle } from './model.js';
import { canBeAdjective, derivedVerb, isNoun, isTransitive } from './lexicon.js';
import { looksPlural, pluralize } from './morphology.js';
import { tokenize, type Token } from './tokenize.js';
import { CHANNEL_MODIFIERS, EVENT_NOUNS, FUNCTION_NOUNS, MASS_NOUNS, NON_ACTION_NOUNS } from './wordClasses.js';
import {
    baseVerbEntry,
    hasKnownClass,
    hasLatinLetters,
    ingFormVerb,
    isCompoundHead,
    isDeterminerLike,
    isFunctionWord,
    isNominalization,
    isParticiple,
    isPureAdjective,
    lookupForm,
    phrasalVerbOf,
} from './wordKinds.js';

/** Action nouns worth rewriting; "-age" nouns are measures ("slippage", "coverage"), "-ance" ones states ("adherence"). */
const REWRITABLE_NOMINAL = /(?:tion|sion|ment|al|ure|sis|ery|ry|ing)$/;
/** Action nouns that name one completed event. */
const EVENT_SUFFIX = /(?:al|ure)$/;
const UNKNOWN_MENT = /^(.{3,})ment$/;
const MAX_REWRITE_TOKENS = 4;
const NUMBERING_PREFIX = /^[\p{L}\p{N}\s.:)\-\u2013\u2014]*$/u;
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'next', 'final']);

type Casing = 'sentence' | 'title' | 'upper';

export function suggestVerbPhrase(title: string): string | undefined {
    if (analyzeMotionTitle(title).isVerbPhrase) return undefined;
    // "Step 2: Lead qualification" -> "Step 2: Qualify leads": the numbering stays as written.
    const { tokens: all, start } = analyzeByRules(title);
    if (start > 0 && start < all.length) {
        let at = 0;
        for (let k = 0; k <= start; k++) at = title.indexOf(all[k]!.text, at) + (k < start ? all[k]!.text.length : 0);
        // Only plain numbering ("2.", "Step 2:", "Phase 1 -"); a quote or bracket before the words would be left unbalanced.
        if (!NUMBERING_PREFIX.test(title.slice(0, at))) return undefined;
        const rest = suggestVerbPhrase(title.slice(at));
        return rest === undefined ? undefined : title.slice(0, at) + rest;
    }
    const tokens = tokenize(title);
    if (tokens.length === 0 || tokens.length > MAX_REWRITE_TOKENS) return undefined;
    if (tokens.some((t, k) => (t.breakAfter && k < tokens.length - 1) || !hasLatinLetters(t.lower))) return undefined;
    const casing = casingOf(title, tokens);
    const words = rewriteGerund(tokens) ?? rewriteActionNoun(tokens, casing);
    if (!words) return undefined;
    const suggestion = applyCasing(words, casing);
    return analyzeMotionTitle(suggestion).isVerbPhrase ? suggestion : undefined;
}

/** A rewritten word: lowercase form plus the token it came from, to keep acronyms and names as written. */
interface Word {
    lower: string;
    source?: Token;
}

/** "Handling objections" -> "Handle objections", "Prospecting" -> "Prospect". */
function rewriteGerund(tokens: Token[]): Word[] | undefined {
    const first = lookupForm(tokens[0]);
    if (!first.endsWith('ing') || baseVerbEntry(first) || NON_ACTION_NOUNS.has(first)) return undefined;
    const verb = ingFormVerb(first);
    if (!verb) return undefined;
    const rest = tokens.slice(1);
    // "Conceding or yielding": every gerund of the list would need its base form; none is offered.
    if (rest.some((t) => lookupForm(t).endsWith('ing') && ingFormVerb(lookupForm(t)))) return undefined;
    const opensPhrase = rest.length > 0 && (isDeterminerLike(rest[0]) || isFunctionWord(rest[0].lower));
    if (rest.length > 0 && !opensPhrase) {
        // A bare noun after the gerund must read as its object: "Qualifying leads", "Building rapport";
        // "Closing techniques" and "Marketing budget" name things, not actions on them.
        const last = lookupForm(rest[rest.length - 1]);
        const objectLike = looksPlural(last) ? !isCompoundHead(last) : MASS_NOUNS.has(last);
        if (!objectLike || !rewriteObjectAllowed(rest) || !isTransitive(verb)) return undefined;
    }
    return [{ lower: verb }, ...rest.map((t) => ({ lower: t.lower, source: t }))];
}

/** "Lead qualification" -> "Qualify leads", "Deal closure" -> "Close the deal". */
function rewriteActionNoun(tokens: Token[], casing: Casing): Word[] | undefined {
    const headToken = tokens[tokens.length - 1];
    const head = lookupForm(headToken);
    const action = verbOfActionNoun(head);
    if (!action) return undefined;
    const modifiers = tokens.slice(0, -1);
    if (modifiers.length === 0) return [{ lower: action.verb }];
    // Title-case names of disciplines ("Search Engine Optimization") do not split into verb and object.
    if (casing === 'title' && modifiers.length > 1) return undefined;
    if (!rewriteObjectAllowed(modifiers) || !isTransitive(action.verb.split(' ')[0])) return undefined;
    const object: Word[] = modifiers.map((t) => ({ lower: lookupForm(t), source: t }));
    const last = object[object.length - 1];
    if (looksPlural(last.lower) || MASS_NOUNS.has(last.lower) || (casing !== 'upper' && isAcronym(last.source))) {
        // kept as written: "Manage records", "Generate demand"
    } else if (action.event) {
        object.unshift({ lower: 'the' });
    } else {
        object[object.length - 1] = { lower: pluralize(last.lower), source: last.source };
    }
    return [{ lower: action.verb }, ...object];
}

/** The verb of an action noun, and whether the noun names a single completed event. */
function verbOfActionNoun(noun: string): { verb: string; event: boolean } | undefined {
    if (EVENT_NOUNS.has(noun)) return { verb: noun, event: true };
    // Artifacts and measures ("Forecast category") and drifted nouns ("Value proposition") name no action.
    if (NON_ACTION_NOUNS.has(noun) || isCompoundHead(noun)) return undefined;
    const phrasal = phrasalVerbOf(noun);
    if (phrasal && !baseVerbEntry(noun.replace('-', ''))) return { verb: phrasal, event: true };
    if (noun.endsWith('ing')) {
        const verb = ingFormVerb(noun);
        return verb ? { verb, event: false } : undefined;
    }
    if (!REWRITABLE_NOMINAL.test(noun)) return undefined;
    const derived = derivedVerb(noun);
    // "-ry" nouns are actions when they are the verb plus "y" ("delivery", "recovery"), not "memory" (memorize).
    if (derived && noun.endsWith('ry') && noun !== `${derived}y`) return undefined;
    if (derived && isNominalization(noun)) return { verb: derived, event: EVENT_SUFFIX.test(noun) };
    // Words WordNet lacks: "enablement" -> "enable".
    const m = UNKNOWN_MENT.exec(noun);
    if (m && !hasKnownClass(noun) && baseVerbEntry(m[1])) return { verb: m[1], event: false };
    return undefined;
}

/**
 * Modifiers that can become an object: nouns or unknown names. The object's
 * head must not be an adjective ("Cold calling" is not "Call colds"), a
 * business function ("Sales kickoff") or a frequency ("Weekly pipeline review").
 */
function rewriteObjectAllowed(words: Token[]): boolean {
    const last = lookupForm(words[words.length - 1]);
    if (canBeAdjective(last) || FUNCTION_NOUNS.has(last)) return false;
    return words.every((t) => {
        const w = lookupForm(t);
        if (w.includes('-') || w.includes('/') || t.possessive || w.endsWith('ly') || w.endsWith('ing')) return false;
        if (isDeterminerLike(t) || ORDINALS.has(w) || isFunctionWord(w)) return false;
        if (CHANNEL_MODIFIERS.has(w) || isParticiple(w) || isPureAdjective(w)) return false;
        return isNoun(w) || isNoun(singular(w)) || !hasKnownClass(w);
    });
}

function singular(word: string): string {
    return word.endsWith('s') ? word.slice(0, -1) : word;
}

const LOWERCASE_LETTER = /[a-z]/;
const LETTER = /[A-Za-z]/;

function casingOf(title: string, tokens: Token[]): Casing {
    if (!LOWERCASE_LETTER.test(title)) return 'upper';
    const content = tokens.filter((t) => !isFunctionLike(t.lower));
    if (content.length > 1 && content.every((t) => isCapitalized(t.text))) return 'title';
    return 'sentence';
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by']);

function isFunctionLike(word: string): boolean {
    return SMALL_WORDS.has(word);
}

function isCapitalized(text: string): boolean {
    const c = text[0];
    return c !== c.toLowerCase();
}

/** Keeps names and acronyms as written ("CRM", "LinkedIn"); other words follow the casing of the title. */
function applyCasing(words: Word[], casing: Casing): string {
    const out = words.map((word, k) => {
        const text = word.source ? word.source.text : word.lower;
        const keep = word.source !== undefined && hasInnerCapital(text) && word.lower === text.toLowerCase();
        const lower = keep ? text : word.lower;
        if (casing === 'upper') return lower.toUpperCase();
        if (keep) return lower;
        if (k === 0 || (casing === 'title' && !SMALL_WORDS.has(lower))) return capitalize(lower);
        return lower;
    });
    return out.join(' ');
}

/** "CRM", "KPI": names of systems and measures stay as written, unpluralized. */
function isAcronym(token: Token | undefined): boolean {
    return token !== undefined && token.text.length > 1 && token.text === token.text.toUpperCase() && LETTER.test(token.text);
}

/** "CRM", "LinkedIn", "iPhone": capitals after the first letter mark a name. */
function hasInnerCapital(text: string): boolean {
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (c !== c.toLowerCase()) return true;
    }
    return false;
}

function capitalize(word: string): string {
    return word.length === 0 ? word : word[0].toUpperCase() + word.slice(1);
}
