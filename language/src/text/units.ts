/**
 * A unit word that agrees with its number: "3 Meetings", "1 Opportunity",
 * "1 day", "90 days". The unit is the word the model writes after the number
 * (often a term's name, "Meeting"), so it is inflected, not replaced.
 */
import { pluralize, singularize } from '../phrases/morphology.js';
import { isMultiple } from './multiples.js';

/** Units that are not counted one by one; they read the same for any number. */
const UNCOUNTABLE = new Set(['revenue', 'pipeline', 'time', 'money', 'cash', 'coverage', 'attainment', 'quota', 'churn', 'retention', 'growth']);

function isUncountable(unit: string): boolean {
    // Acronyms (ARR, NPS, CSAT) and words with digits are names, not nouns to inflect.
    return UNCOUNTABLE.has(unit.toLowerCase()) || /^[A-Z0-9]+$/.test(unit) || /\d/.test(unit);
}

/** The unit as it follows a number in text: " touches", " day", or "x" with no space for a multiple. */
export function unitAfter(amount: number, unit: string): string {
    return isMultiple(unit) ? 'x' : ` ${unitFor(amount, unit)}`;
}

/** The unit as it reads after `amount`: singular for exactly 1, plural otherwise. */
export function unitFor(amount: number, unit: string): string {
    if (isUncountable(unit)) return unit;
    const singular = singularize(unit);
    if (amount === 1 || amount === -1) return singular;
    return singular === unit ? pluralize(unit) : unit;
}
