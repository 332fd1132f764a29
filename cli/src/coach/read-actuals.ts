/**
 * Reads an actuals file into the aggregator: the header names the columns,
 * every row becomes an observation (canonical layout, or a CRM export through
 * a `coaching.sources` mapping). Bad data stops with file:line:column, or is
 * counted and reported with --skip-invalid.
 */
import type { Aggregator, Observation, RowReader } from '@wpcm/language';
import { addObservation, canonicalColumns, canonicalObservation, fieldColumn, reusableObservation, RowProblem } from '@wpcm/language';
import { CliError } from '../errors.js';
import { fileSize, streamCsv } from './csv-stream.js';

/** Turns the header into a row reader (throws RowProblem for a header it cannot use). */
export type RowReaderFactory = (header: readonly string[]) => RowReader;

export const canonicalReader: RowReaderFactory = header => {
    const columns = canonicalColumns(header);
    const observation = reusableObservation();
    return { read: row => canonicalObservation(row, columns, observation), endAtBlankLine: false };
};

export interface ReadOptions {
    /** How to show the file in messages. */
    readonly shown: string;
    readonly skipInvalid: boolean;
    readonly reader?: RowReaderFactory;
    /** Where the progress line goes (a terminal's stderr), or undefined for none. */
    readonly progress?: ((text: string) => void) | undefined;
}

export interface ReadResult {
    /** The first skipped rows' messages, for the report's warning. */
    readonly skippedExamples: readonly string[];
}

/** Inputs smaller than this finish before a progress line would help. */
export const PROGRESS_MIN_BYTES = 4 << 20;

function isBlank(row: readonly string[]): boolean {
    return row.length === 1 && row[0]!.trim() === '';
}

export async function readActuals(path: string, aggregator: Aggregator, options: ReadOptions): Promise<ReadResult> {
    const makeReader = options.reader ?? canonicalReader;
    let reader: RowReader | undefined;
    const skippedExamples: string[] = [];
    const where = (line: number, row: readonly string[], field: number) => `${options.shown}:${line}:${fieldColumn(row, field)}`;
    const add = (o: Observation) => addObservation(aggregator, o);
    let size = 0;
    try { size = fileSize(path); } catch (error) {
        throw new CliError(`${options.shown}: cannot read the actuals file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const started = Date.now();
    const progress = options.progress && size > PROGRESS_MIN_BYTES ? options.progress : undefined;
    try {
        await streamCsv(path, (row, line) => {
            if (!reader) {
                if (isBlank(row)) return;
                try {
                    reader = makeReader(row);
                } catch (error) {
                    if (error instanceof RowProblem) throw new CliError(`${where(line, row, error.field)}: ${error.message}`);
                    throw error;
                }
                return;
            }
            if (row.length === 1 && isBlank(row)) return reader.endAtBlankLine ? false : undefined;
            try {
                const result = reader.read(row);
                if (result === 'stop') return false;
                if (Array.isArray(result)) { for (const o of result as readonly Observation[]) add(o); } else add(result as Observation);
            } catch (error) {
                if (!(error instanceof RowProblem)) throw error;
                const message = `${where(line, row, Math.max(0, error.field))}: ${error.message}`;
                if (!options.skipInvalid) throw new CliError(`${message} (use --skip-invalid to skip bad rows)`);
                aggregator.skip();
                if (skippedExamples.length < 3) skippedExamples.push(message);
            }
            return undefined;
        }, {
            onProgress: progress && ((bytes, rows) => {
                const seconds = Math.max(0.001, (Date.now() - started) / 1000);
                progress(`\rcoach: ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(bytes / size * 100)} %   `);
            })
        });
    } catch (error) {
        if (error instanceof CliError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${options.shown}: cannot read the actuals file (${code ?? (error as Error).message})`);
    } finally {
        if (progress) progress('\r\x1b[K');
    }
    if (!reader) throw new CliError(`${options.shown}: the file is empty (expected a header row: date,seller,team,kpi,value)`);
    return { skippedExamples };
}
