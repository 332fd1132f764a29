/**
 * What happens to each row of an actuals file, whether the whole file is read
 * at once or a block of it (read-block.ts): blank lines are passed over, the
 * first other row is the header, every later row goes to the aggregator. A
 * row that cannot be read becomes a BadRow, with its line and column in what
 * was read; the caller places it in the file.
 */
import type { Aggregator, Observation, RowReader } from '@wpcm/language/actuals';
import { addObservation, canonicalColumns, canonicalObservation, fieldColumn, isBlankRow, reusableObservation, RowProblem } from '@wpcm/language/actuals';
import type { CsvFormat, CsvRowHandler } from './csv-stream.js';

/** Turns the header into a row reader (throws RowProblem for a header it cannot use); `format` is the file's, when known. */
export type RowReaderFactory = (header: readonly string[], format?: CsvFormat) => RowReader;

export const canonicalReader: RowReaderFactory = header => {
    const columns = canonicalColumns(header);
    const observation = reusableObservation();
    return { read: row => canonicalObservation(row, columns, observation), endAtBlankLine: false };
};

/**
 * A row that cannot be read: the 1-based line it starts on in what was read and the column (counted from the
 * parsed fields, exact for an unquoted row), the problem, whether it is the header, and the 0-based field,
 * from which locate.ts finds the field's exact place in the file.
 */
export class BadRow extends Error {
    override readonly name = 'BadRow';
    constructor(readonly line: number, readonly column: number, readonly problem: string, readonly isHeader: boolean, readonly field = 0) {
        super(problem);
    }

    /** The message for `shown:line:column`, `lines` lines down the file from where it was read. */
    where(shown: string, lines = 0): string {
        return `${shown}:${this.line + lines}:${this.column}: ${this.problem}`;
    }
}

/** How the CLI tells a user that bad rows can be skipped; the editor, which has no such option, says nothing. */
export const SKIP_HINT = 'use --skip-invalid to skip bad rows';

/** What stops the reading: a bad header, or a bad row without --skip-invalid (with the hint, if any, on how to skip it). */
export function stopMessage(bad: BadRow, shown: string, lines = 0, hint = SKIP_HINT): string {
    return bad.isHeader || hint === '' ? bad.where(shown, lines) : `${bad.where(shown, lines)} (${hint})`;
}

export interface RowSinkOptions {
    readonly makeReader: RowReaderFactory;
    /** The reader of a block after the first, made from the file's header; undefined: the first row that is not blank is the header. */
    readonly reader?: RowReader | undefined;
    readonly skipInvalid: boolean;
    /** Called for each row skipped with --skip-invalid. */
    readonly onSkip: (bad: BadRow) => void;
}

export interface RowSink {
    readonly onRow: CsvRowHandler;
    /** Whether the header has been read (or was given). */
    hasHeader(): boolean;
}

/** The handler for streamCsv: throws BadRow to stop, counts skipped rows in the aggregator. */
export function rowSink(aggregator: Aggregator, options: RowSinkOptions): RowSink {
    let reader = options.reader;
    const add = (o: Observation) => addObservation(aggregator, o);
    const onRow: CsvRowHandler = (row, line) => {
        if (!reader) {
            if (isBlankRow(row)) return undefined;
            try {
                reader = options.makeReader(row);
            } catch (error) {
                if (error instanceof RowProblem) throw new BadRow(line, fieldColumn(row, error.field), error.message, true, error.field);
                throw error;
            }
            return undefined;
        }
        if (isBlankRow(row)) return reader.endAtBlankLine ? false : undefined;
        try {
            const result = reader.read(row);
            if (result === 'stop') return false;
            if (Array.isArray(result)) { for (const o of result as readonly Observation[]) add(o); } else add(result as Observation);
        } catch (error) {
            if (!(error instanceof RowProblem)) throw error;
            const field = Math.max(0, error.field);
            const bad = new BadRow(line, fieldColumn(row, field), error.message, false, field);
            if (!options.skipInvalid) throw bad;
            aggregator.skip();
            options.onSkip(bad);
        }
        return undefined;
    };
    return { onRow, hasHeader: () => reader !== undefined };
}
