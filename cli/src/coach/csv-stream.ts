/**
 * Streams a CSV file row by row through papaparse (measured about four times
 * faster than csv-parse on our files), so memory stays flat whatever the
 * file's size. The handler gets the line each row starts on, from 1 (the
 * header): a quoted field with line breaks inside (a CRM export's
 * description) takes several lines. Those are counted only once a quote has
 * been seen: a file without quotes has a row per line, at no cost per row.
 */
import { createReadStream, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { CsvFormat } from '@wpcm/language/actuals';
import { lineBreaksIn, lineEndOf } from '@wpcm/language/actuals';

export interface CsvRowHandler {
    /** Called for every row with its fields and the 1-based line it starts on; return false to stop reading (a footer). */
    (fields: string[], line: number): boolean | void;
}

export type { CsvFormat } from '@wpcm/language/actuals';

/** How often progress is reported, in milliseconds: about twice a second. */
export const PROGRESS_EVERY_MS = 500;

export interface CsvStreamOptions {
    /** Called every `progressEvery` ms at most (PROGRESS_EVERY_MS) with bytes and rows read so far. */
    readonly onProgress?: (bytes: number, rows: number) => void;
    readonly progressEvery?: number | undefined;
    /** Only the bytes from `start` up to `end` (exclusive): one block of rows of a larger file. */
    readonly range?: { readonly start: number; readonly end: number };
    /** The format to read with instead of guessing it (a block after the first has not the file's first chunk). */
    readonly format?: CsvFormat | undefined;
    /** Called once, with the format papaparse read the first chunk with. */
    readonly onFormat?: (format: CsvFormat) => void;
    /** Called when papaparse finds a quoted field unterminated or malformed (it reads on regardless). */
    readonly onQuoteError?: () => void;
    /** Called with each piece of text read, before papaparse parses it. */
    readonly onText?: (text: string) => void;
}

/**
 * The text holds U+FFFD: the file (or the range) is not UTF-8, as when Excel
 * saves plain "CSV" in Windows-1252. Rejected with before the chunk's rows
 * are read; where the character is, the caller finds (locate.ts
 * replacementPlace), only then.
 */
export class NotUtf8 extends Error {
    override readonly name = 'NotUtf8';
    constructor() { super('the file is not in UTF-8'); }
}

/** Reads the file (or its range); resolves with the number of lines read. Errors thrown by the handler reject; a chunk that is not UTF-8 rejects with NotUtf8. */
export function streamCsv(path: string, onRow: CsvRowHandler, options: CsvStreamOptions = {}): Promise<number> {
    return new Promise((resolve, reject) => {
        // The default 64 KiB chunks: papaparse slows down markedly with 1 MiB ones (measured).
        const range = options.range;
        const stream = createReadStream(path, range ? { encoding: 'utf8', start: range.start, end: range.end - 1 } : { encoding: 'utf8' });
        let onFormat = options.onFormat;
        const onQuoteError = options.onQuoteError;
        let rows = 0;
        /** The line the next row starts on. */
        let next = 1;
        let quoted = false;
        let stopped = false;
        let failed = false;
        let lastProgress = Date.now();
        const progressEvery = options.progressEvery ?? PROGRESS_EVERY_MS;
        stream.on('error', error => { failed = true; reject(error); });
        // Before papaparse's listener: a chunk's quotes are seen before its rows, and a
        // chunk that is not UTF-8 stops the reading before any of its rows is counted.
        stream.on('data', data => {
            const text = data as string;
            if (!quoted && text.indexOf('"') >= 0) quoted = true;
            // Once per chunk, not per row: the reader finds the place itself (locate.ts).
            if (!failed && text.indexOf('\uFFFD') >= 0) { failed = true; stream.destroy(); reject(new NotUtf8()); }
        });
        if (options.onText) stream.on('data', options.onText as (text: string | Buffer) => void);
        Papa.parse<string[]>(stream as unknown as File, {
            skipEmptyLines: false,
            // Papaparse drops a byte order mark from a string, not from a stream: before a quoted
            // header ("\uFEFF"Opportunity Owner", as Salesforce and Excel write it) the mark
            // would make the first field unquoted, quotes and all. Only the file's start has one.
            ...(range === undefined || range.start === 0 ? { beforeFirstChunk: (chunk: string) => (chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk) } : {}),
            ...(options.format ? { newline: options.format.newline, delimiter: options.format.delimiter } : {}),
            chunk: (results, parser) => {
                if (stopped || failed) return;
                if (onFormat) {
                    onFormat({ newline: results.meta.linebreak as CsvFormat['newline'], delimiter: results.meta.delimiter });
                    onFormat = undefined;
                }
                if (onQuoteError && results.errors.some(e => e.type === 'Quotes')) onQuoteError();
                const lineEnd = lineEndOf({ newline: results.meta.linebreak as CsvFormat['newline'] });
                try {
                    for (const fields of results.data) {
                        rows++;
                        const line = next;
                        next += quoted ? 1 + lineBreaksIn(fields, lineEnd) : 1;
                        if (onRow(fields, line) === false) {
                            stopped = true;
                            parser.abort();
                            stream.destroy();
                            resolve(next - 1);
                            return;
                        }
                    }
                } catch (error) {
                    failed = true;
                    parser.abort();
                    stream.destroy();
                    reject(error);
                    return;
                }
                if (options.onProgress) {
                    const now = Date.now();
                    if (now - lastProgress >= progressEvery) { lastProgress = now; options.onProgress(stream.bytesRead, rows); }
                }
            },
            complete: () => { if (!stopped && !failed) resolve(next - 1); },
            error: (error: Error) => { if (!failed) { failed = true; reject(error); } }
        });
    });
}

export function fileSize(path: string): number {
    return statSync(path).size;
}
