/**
 * The canonical actuals layout: a long table with a header row, columns in
 * any order: date (YYYY-MM-DD), seller, team, kpi, and value or numerator
 * and denominator; optional persona. Rows -> observations, with a precise
 * reason (and the field it is about) when a row cannot be read.
 */
import type { Aggregator, Observation } from './aggregate.js';
import { dayNumber } from './calendar.js';

export const REQUIRED_COLUMNS = ['date', 'seller', 'team', 'kpi'] as const;
export const VALUE_COLUMNS = ['value', 'numerator', 'denominator'] as const;

/** A problem with one field of a row (or with the header): `field` is its 0-based position. */
export class RowProblem extends Error {
    override readonly name = 'RowProblem';
    constructor(message: string, readonly field: number) {
        super(message);
    }
}

export interface CanonicalColumns {
    readonly date: number;
    readonly seller: number;
    readonly team: number;
    readonly kpi: number;
    readonly value: number;
    readonly numerator: number;
    readonly denominator: number;
    readonly persona: number;
}

/** Column positions from the header row (case-insensitive, trimmed); throws RowProblem naming a missing column. */
export function canonicalColumns(header: readonly string[]): CanonicalColumns {
    const names = header.map(h => h.trim().toLowerCase().replace(/^\uFEFF/, ''));
    const at = (name: string) => names.indexOf(name);
    for (const name of REQUIRED_COLUMNS) {
        if (at(name) < 0) throw new RowProblem(`missing column '${name}' (the header has ${header.map(h => `'${h}'`).join(', ')})`, 0);
    }
    if (at('value') < 0 && (at('numerator') < 0 || at('denominator') < 0)) {
        throw new RowProblem("missing column 'value' (or both 'numerator' and 'denominator')", 0);
    }
    return {
        date: at('date'), seller: at('seller'), team: at('team'), kpi: at('kpi'),
        value: at('value'), numerator: at('numerator'), denominator: at('denominator'), persona: at('persona')
    };
}

/**
 * Whether Number() read `text` as a plain decimal: Number() also accepts
 * "Infinity", "0x1f", "0b1" and "0o7", which data must not mean. Cheaper than
 * a regular expression on millions of rows.
 */
function isDecimal(text: string, value: number): boolean {
    if (!Number.isFinite(value)) return false;
    const first = text.charCodeAt(0);
    const digitOrSign = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
    return digitOrSign && !(first === 48 && text.length > 1 && (text.charCodeAt(1) | 32) >= 97 && (text.charCodeAt(1) | 32) !== 101);
}

/**
 * The characters `String.prototype.trim` removes from either end of a field
 * (ECMAScript WhiteSpace and LineTerminator): a tab or a no-break space
 * around a seller's name is not part of it. The generated SQL trims exactly
 * these, so a name padded in a warehouse is the same seller there.
 */
export const TRIMMED_CHARACTERS: readonly number[] = [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
];

/**
 * `text.trim()`, without the call when the field has no space at either end
 * (nearly every field of millions of rows): every character trim() removes is
 * at most U+0020 or at least U+00A0.
 */
function trimmed(text: string): string {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    return first > 32 && first < 160 && last > 32 && last < 160 ? text : text.trim();
}

/** A field as a number: undefined when empty; RowProblem when it is not a plain decimal number. */
export function numberField(row: readonly string[], field: number, name: string): number | undefined {
    if (field < 0) return undefined;
    const text = row[field];
    if (text === undefined || text === '') return undefined;
    const number = trimmed(text);
    if (number === '') return undefined;
    const value = Number(number);
    if (!isDecimal(number, value)) throw new RowProblem(`${name} '${text}' is not a number`, field);
    return value;
}

function textField(row: readonly string[], field: number, name: string): string {
    const raw = row[field];
    const text = raw === undefined ? undefined : trimmed(raw);
    if (!text) throw new RowProblem(`empty ${name}`, field);
    return text;
}

// Rows of one file repeat a few dates many times, often in runs: remember each text's day number.
const dayCache = new Map<string, number>();
let lastText = '';
let lastDay = 0;

export function dateField(row: readonly string[], field: number): number {
    const text = row[field] ?? '';
    if (text === lastText) return lastDay;
    const cached = dayCache.get(text);
    if (cached !== undefined) { lastText = text; lastDay = cached; return cached; }
    const day = dayNumber(text.trim());
    if (day === undefined) throw new RowProblem(`date '${text}' is not a calendar date in the form YYYY-MM-DD`, field);
    if (dayCache.size < 100_000) dayCache.set(text, day);
    lastText = text;
    lastDay = day;
    return day;
}

/** An observation a reader fills again for each row (see canonicalObservation). */
export interface ReusableObservation {
    day: number;
    seller: string;
    team: string;
    kpi: string;
    persona: string | undefined;
    value: number | undefined;
    numerator: number | undefined;
    denominator: number | undefined;
}

export function reusableObservation(): ReusableObservation {
    return { day: 0, seller: '', team: '', kpi: '', persona: undefined, value: undefined, numerator: undefined, denominator: undefined };
}

/**
 * One canonical row as an observation; throws RowProblem for bad data.
 * With `into`, fills and returns that object instead of a new one: on
 * millions of rows the reader reuses one (the aggregator keeps nothing of it).
 */
export function canonicalObservation(row: readonly string[], c: CanonicalColumns, into?: ReusableObservation): Observation {
    const value = numberField(row, c.value, 'value');
    const numerator = numberField(row, c.numerator, 'numerator');
    const denominator = numberField(row, c.denominator, 'denominator');
    if ((numerator === undefined) !== (denominator === undefined)) {
        const missing = numerator === undefined ? c.numerator : c.denominator;
        throw new RowProblem(`${numerator === undefined ? 'denominator' : 'numerator'} without ${numerator === undefined ? 'numerator' : 'denominator'}`, missing < 0 ? 0 : missing);
    }
    if (value === undefined && numerator === undefined) {
        throw new RowProblem('no value: give a value, or a numerator and a denominator', c.value >= 0 ? c.value : c.numerator);
    }
    if (denominator !== undefined && denominator < 0) throw new RowProblem(`denominator '${row[c.denominator]}' is negative`, c.denominator);
    const personaText = c.persona >= 0 ? row[c.persona] : undefined;
    const persona = personaText === undefined ? undefined : trimmed(personaText) || undefined;
    const day = dateField(row, c.date);
    const seller = textField(row, c.seller, 'seller');
    const team = textField(row, c.team, 'team');
    const kpi = textField(row, c.kpi, 'kpi');
    if (!into) return { day, seller, team, kpi, persona, value, numerator, denominator };
    into.day = day;
    into.seller = seller;
    into.team = team;
    into.kpi = kpi;
    into.persona = persona;
    into.value = value;
    into.numerator = numerator;
    into.denominator = denominator;
    return into;
}

/** What `wpcm coach` and the browser say of actuals without a header row (nothing but blank lines, or nothing at all). */
export function emptyActualsMessage(shown: string): string {
    return `${shown}: the file is empty (expected a header row: date,seller,team,kpi,value)`;
}

/** The 1-based character column where a field starts, counting the fields and commas before it (exact for unquoted rows). */
export function fieldColumn(row: readonly string[], field: number): number {
    let column = 1;
    for (let i = 0; i < field && i < row.length; i++) column += row[i]!.length + 1;
    return column;
}

/** Adds an observation; a KPI name that several personas declare is a RowProblem (the row needs a persona column). */
export function addObservation(aggregator: Aggregator, observation: Observation): void {
    if (aggregator.add(observation) === 'ambiguous') {
        throw new RowProblem(observation.persona
            ? `persona '${observation.persona}' fits more than one persona that declares KPI '${observation.kpi}': give the persona's title to say which`
            : `KPI '${observation.kpi}' is declared by more than one persona: add a 'persona' column to say whose it is`, -1);
    }
}
