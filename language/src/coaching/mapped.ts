/**
 * CRM exports -> observations, through a `coaching.sources` mapping: each
 * export row may give one observation per mapped KPI (a won opportunity is
 * a 1 over 1 for Win rate and a number of days for Time to close).
 */
import type { Observation } from './aggregate.js';
import { dayOf } from './calendar.js';
import { numberField, RowProblem } from './canonical.js';
import type { Filter, KpiRule, Source } from './source-schema.js';

export interface RowReader {
    /** The observations of one row, or 'stop' at a footer; a reader may reuse the objects for its next row. */
    read(row: readonly string[]): Observation | readonly Observation[] | 'stop';
    /** Whether a blank line ends the data (the footer of a Salesforce report export follows it). */
    readonly endAtBlankLine: boolean;
}

/** A date parser for a pattern of yyyy, M/MM and d/dd: "M/d/yyyy" reads 3/14/2026 (and ignores a time after a space). */
export function dateParser(format: string): (text: string) => number | undefined {
    const order: Array<'y' | 'M' | 'd'> = [];
    const source = format.replace(/yyyy|MM|M|dd|d|[^yMd]/g, token => {
        if (token === 'yyyy') { order.push('y'); return '(\\d{4})'; }
        if (token === 'MM' || token === 'dd') { order.push(token[0] as 'M' | 'd'); return '(\\d{2})'; }
        if (token === 'M' || token === 'd') { order.push(token); return '(\\d{1,2})'; }
        return token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    });
    const pattern = new RegExp(`^${source}(?:[ T].*)?$`);
    return text => {
        const match = pattern.exec(text.trim());
        if (!match) return undefined;
        const parts = { y: 0, M: 0, d: 0 };
        order.forEach((key, i) => { parts[key] = Number(match[i + 1]); });
        return dayOf(parts.y, parts.M, parts.d);
    };
}

/**
 * Reads an amount as a CRM export writes it: `48,000.00`, `$5,000`,
 * `1.234,56 €`, `EUR 1 234,56`, `-$250`. Digits are grouped by threes with the
 * other separator, a space, a no-break space or an apostrophe (1'234.50); a
 * currency symbol or a three-letter code at either end is dropped (the model's
 * target says the currency). Undefined for anything else: `12,5` with a
 * decimal point is not read as 125 nor as 12.5.
 */
export function amountParser(decimal: '.' | ','): (text: string) => number | undefined {
    const group = decimal === '.' ? ',' : '.';
    const escape = (c: string) => (c === '.' ? '\\.' : c);
    const shape = new RegExp(`^(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)?(?:${escape(decimal)}(\\d+))?$`);
    return text => {
        let t = text.trim();
        let sign = '';
        if (t.startsWith('-') || t.startsWith('+')) { sign = t[0]!; t = t.slice(1).trimStart(); }
        t = t.replace(/^(?:\p{Sc}|[A-Z]{3})\s*/u, '').replace(/\s*(?:\p{Sc}|[A-Z]{3})$/u, '');
        if (sign === '' && (t.startsWith('-') || t.startsWith('+'))) { sign = t[0]!; t = t.slice(1).trimStart(); }
        const match = shape.exec(t.replace(/[\s\u00a0\u202f']/g, group));
        if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
        return Number(`${sign}${(match[1] ?? '0').split(group).join('')}.${match[2] ?? '0'}`);
    };
}

/** The field as the canonical layout reads a number, or undefined when it does not. */
function plainNumber(row: readonly string[], field: number, name: string): number | undefined {
    try {
        return numberField(row, field, name);
    } catch (error) {
        if (error instanceof RowProblem) return undefined;
        throw error;
    }
}

/**
 * The column the mapping names: the header's name as written (trimmed), else
 * the one name that differs only in case. A report may repeat a label (two
 * "Stage" columns from two objects): reading the first would be a guess, so a
 * name the mapping uses that fits two columns is an error at the second.
 */
function columnIndex(header: readonly string[], name: string): number {
    const trimmed = header.map(h => h.trim().replace(/^\uFEFF/, ''));
    const wanted = name.trim();
    let fits = trimmed.flatMap((h, i) => (h === wanted ? [i] : []));
    if (fits.length === 0) fits = trimmed.flatMap((h, i) => (h.toLowerCase() === wanted.toLowerCase() ? [i] : []));
    if (fits.length === 0) throw new RowProblem(`missing column '${name}' named by the mapping (the header has ${header.map(h => `'${h}'`).join(', ')})`, 0);
    if (fits.length > 1) throw new RowProblem(`the header has ${fits.length} columns '${trimmed[fits[1]!]}' (fields ${fits.map(i => i + 1).join(', ')}): rename them so that the mapping's '${name}' names one`, fits[1]!);
    return fits[0]!;
}

/** A filter's value as compared: trimmed and in lower case, so "Closed won" in a mapping matches "Closed Won" in the export. */
function filterValue(text: string): string {
    return text.trim().toLowerCase();
}

type Matcher = (row: readonly string[]) => boolean;

function matcher(header: readonly string[], filter: Filter): Matcher {
    const tests = Object.entries(filter).map(([column, wanted]) => {
        const index = columnIndex(header, column);
        const values = new Set((typeof wanted === 'string' ? [wanted] : wanted).map(filterValue));
        return (row: readonly string[]) => values.has(filterValue(row[index] ?? ''));
    });
    return row => tests.every(t => t(row));
}

interface CompiledRule {
    readonly kpi: string;
    readonly date: number;
    /** The observation's numbers, or undefined when the row does not count for this KPI. */
    readonly measure: (row: readonly string[]) => Pick<Observation, 'value' | 'numerator' | 'denominator'> | undefined;
}

function compileRule(kpi: string, rule: KpiRule, header: readonly string[], source: Source, parseDate: (row: readonly string[], field: number) => number): CompiledRule {
    const date = columnIndex(header, rule.date ?? source.columns.date);
    const where = 'where' in rule && rule.where ? matcher(header, rule.where) : () => true;
    if ('count' in rule) {
        const match = matcher(header, rule.count);
        return { kpi, date, measure: row => (match(row) ? { value: 1 } : undefined) };
    }
    if ('sum' in rule) {
        const column = columnIndex(header, rule.sum);
        const decimal = source.decimalSeparator ?? '.';
        const amount = amountParser(decimal);
        const written = decimal === '.' ? '1,234.56' : '1.234,56';
        return { kpi, date, measure: row => {
            if (!where(row)) return undefined;
            const text = row[column]?.trim() ?? '';
            if (text === '') return undefined;
            // With a decimal point, what the canonical layout reads (1e3, say) stays readable.
            const value = amount(text) ?? (decimal === '.' ? plainNumber(row, column, rule.sum) : undefined);
            if (value === undefined) {
                throw new RowProblem(`${rule.sum} '${row[column]}' is not a number written ${written}${decimal === '.' ? ' (for 1.234,56, say "decimalSeparator": "," in the source)' : ''}`, column);
            }
            return { value };
        } };
    }
    if ('ratio' in rule) {
        const numerator = matcher(header, rule.ratio.numerator);
        const denominator = matcher(header, rule.ratio.denominator);
        return { kpi, date, measure: row => (denominator(row) ? { numerator: numerator(row) ? 1 : 0, denominator: 1 } : undefined) };
    }
    const from = columnIndex(header, rule.daysBetween.from);
    const to = columnIndex(header, rule.daysBetween.to);
    return { kpi, date, measure: row => {
        if (!where(row) || !row[from]?.trim() || !row[to]?.trim()) return undefined;
        const days = parseDate(row, to) - parseDate(row, from);
        // A deal closed before it was created (an import that stamped today's create date on old deals) is no
        // duration: averaged in, it would shorten the time to close, or make it negative.
        if (days < 0) throw new RowProblem(`${rule.daysBetween.to} '${row[to]!.trim()}' is before ${rule.daysBetween.from} '${row[from]!.trim()}'`, to);
        return { value: days };
    } };
}

/** What the reader knows of the file besides its header: the delimiter papaparse found. */
export interface ExportFormat {
    readonly delimiter?: string | undefined;
}

const NO_OBSERVATIONS: readonly Observation[] = [];

export function mappedReader(source: Source, header: readonly string[], format: ExportFormat = {}): RowReader {
    const delimiter = format.delimiter ?? ',';
    // Excel separates fields with semicolons where the decimal separator is a comma: there "1.250" is
    // most likely 1250, read as 1.25 it would be a silent wrong sum. Such a source says how it writes numbers.
    if (format.delimiter === ';' && source.decimalSeparator === undefined && Object.values(source.kpis).some(rule => 'sum' in rule)) {
        throw new RowProblem('the export is separated by semicolons, as where numbers are written 1.234,56: say how it writes them with "decimalSeparator": "," (or ".") in the source', 0);
    }
    const parse = dateParser(source.dateFormat);
    const parseDate = (row: readonly string[], field: number) => {
        const day = parse(row[field] ?? '');
        if (day === undefined) throw new RowProblem(`date '${row[field] ?? ''}' does not match the date format '${source.dateFormat}'`, field);
        return day;
    };
    const seller = columnIndex(header, source.columns.seller);
    const team = columnIndex(header, source.columns.team);
    const persona = source.columns.persona !== undefined ? columnIndex(header, source.columns.persona) : -1;
    const rules = Object.entries(source.kpis).map(([kpi, rule]) => compileRule(kpi, rule, header, source, parseDate));
    return {
        endAtBlankLine: source.endAtBlankLine,
        read(row) {
            // Excel pads every line of a sheet to its width: a blank line saved again is ",,,,,,,,". It is one.
            if (row.every(field => field.trim() === '')) return source.endAtBlankLine ? 'stop' : NO_OBSERVATIONS;
            // A footer ("Grand Totals (120 records)", a copyright line) or a cut row: its missing fields would read
            // as empty, and the row fail on whichever is needed first ("empty team") or count for nothing unseen.
            if (row.length < header.length) {
                throw new RowProblem(`the row has ${row.length} field${row.length === 1 ? '' : 's'}, the header ${header.length}: a footer or a cut row (with "endAtBlankLine": true a blank line before a footer ends the data)`, 0);
            }
            // More fields than the header: a delimiter inside an unquoted field shifted the row, and every mapped
            // column after it would read its neighbour's value. Empty fields after the last column are harmless.
            for (let i = header.length; i < row.length; i++) {
                if (row[i]!.trim() !== '') throw new RowProblem(`the row has ${row.length} fields, the header ${header.length}: a '${delimiter}' inside an unquoted field?`, i);
            }
            const observations: Observation[] = [];
            for (const rule of rules) {
                const measured = rule.measure(row);
                if (!measured) continue;
                const sellerId = row[seller]?.trim();
                if (!sellerId) throw new RowProblem('empty seller', seller);
                const teamId = row[team]?.trim();
                if (!teamId) throw new RowProblem('empty team', team);
                observations.push({
                    day: parseDate(row, rule.date), seller: sellerId, team: teamId, kpi: rule.kpi,
                    persona: persona >= 0 ? row[persona]?.trim() || undefined : undefined, ...measured
                });
            }
            return observations;
        }
    };
}
