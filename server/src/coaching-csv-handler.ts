/**
 * `wpcm/coachingFromCsv`: the coaching report of a model for actuals sent as
 * CSV text (canonical layout), for clients without a file system such as the
 * browser playground. The same numbers and pages as `wpcm coach --format
 * html`; a bad row is reported as `actuals.csv:line:column` like the CLI does.
 * Platform neutral: the Node server and the Web Worker both register it.
 */
import Papa from 'papaparse';
import type { CoachingFromCsvParams, CoachingFromCsvResult, WpcmServices } from '@wpcm/language';
import type { CsvFormat } from '@wpcm/language';
import { addObservation, Aggregator, canonicalColumns, canonicalObservation, coachingFiles, emptyActualsMessage, coachingReport, isBlankRow, lineBreaksIn, lineEndOf, ModelHasErrors, notUtf8Message, placeInText, replacementPlaceInText, RowProblem } from '@wpcm/language';
import { coachingModelOf } from './coaching-handler.js';

/** How the CSV is named in messages when the client gives no name. */
const SHOWN = 'actuals.csv';

/**
 * Reads canonical CSV text into the aggregator as `wpcm coach` reads a file
 * (cli/src/coach: csv-stream.ts, rows.ts, locate.ts): blank lines are passed
 * over, the first other row is the header, and a bad field is named by the
 * physical line and column it starts on (after blank lines, quoted fields
 * with line breaks, quotes and doubled quotes, a byte order mark, CR LF), so
 * the browser and the CLI name the same place. Returns the message of what
 * stops the reading, or undefined when every row was read.
 */
export function readCanonicalCsv(csv: string, aggregator: Aggregator, shown = SHOWN): string | undefined {
    // The place is counted in the text without its byte order mark, as the CLI reads the file.
    const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
    // The browser decoded the file as UTF-8: a Windows-1252 file (Excel's plain "CSV") arrives with
    // U+FFFD for its ü and é, and would give wrong names and pages. Refused as the CLI refuses it.
    const notUtf8 = replacementPlaceInText(text);
    if (notUtf8) return notUtf8Message(shown, notUtf8);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    const format: CsvFormat = { newline: parsed.meta.linebreak as CsvFormat['newline'], delimiter: parsed.meta.delimiter };
    const lineEnd = lineEndOf(format);
    // As csv-stream.ts: without a quote a row is one line (an unquoted field's characters are data).
    const quoted = text.includes('"');
    let columns: ReturnType<typeof canonicalColumns> | undefined;
    let next = 1;
    for (const row of parsed.data) {
        const line = next;
        next += quoted ? 1 + lineBreaksIn(row, lineEnd) : 1;
        if (isBlankRow(row)) continue;
        try {
            if (columns === undefined) columns = canonicalColumns(row);
            else addObservation(aggregator, canonicalObservation(row, columns));
        } catch (error) {
            if (!(error instanceof RowProblem)) throw error;
            // A problem of the whole row (a KPI several personas declare) is placed at its first field, as the CLI does.
            const place = placeInText(text, format, line, Math.max(0, error.field)) ?? { line, column: 1 };
            return `${shown}:${place.line}:${place.column}: ${error.message}`;
        }
    }
    if (columns === undefined) return emptyActualsMessage(shown);
    return undefined;
}

export async function coachingFromCsv(services: WpcmServices, params: CoachingFromCsvParams): Promise<CoachingFromCsvResult> {
    try {
        const { view, catalog, options } = coachingModelOf(services, params.uri);
        const aggregator = new Aggregator(catalog);
        const problem = readCanonicalCsv(params.csv, aggregator, params.name || SHOWN);
        if (problem !== undefined) return { kind: 'error', message: problem };
        const report = coachingReport(catalog, view, aggregator, options);
        const files = await coachingFiles(report, view, 'html');
        return { kind: 'files', files, sellers: report.personas.reduce((n, p) => n + p.sellers.length, 0) };
    } catch (error) {
        return { kind: 'error', message: error instanceof ModelHasErrors ? error.message : (error as Error).message };
    }
}
