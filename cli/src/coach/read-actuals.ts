/**
 * Reads an actuals file into the aggregator: the header names the columns,
 * every row becomes an observation (canonical layout, or a CRM export through
 * a `coaching.sources` mapping). Bad data stops with file:line:column, or is
 * counted and reported with --skip-invalid. A large canonical file is read
 * in blocks on several threads (read-in-blocks.ts) when the caller allows it.
 */
import type { Aggregator, KpiName, Window } from '@wpcm/language';
import { emptyActualsMessage, notUtf8Message } from '@wpcm/language/actuals';
import { closeSync, openSync, readSync } from 'node:fs';
import { CliError } from '../errors.js';
import type { CsvFormat, CsvStreamOptions } from './csv-stream.js';
import { fileSize, NotUtf8, PROGRESS_EVERY_MS, streamCsv } from './csv-stream.js';
import { SPLIT_MIN_BYTES } from './file-blocks.js';
import { placed, replacementPlace } from './locate.js';
import type { BlockReaders } from './read-in-blocks.js';
import { readInBlocks } from './read-in-blocks.js';
import type { RowReaderFactory } from './rows.js';
import { BadRow, canonicalReader, rowSink, stopMessage } from './rows.js';
import { MAX_SKIPPED_EXAMPLES } from './read-block.js';

/** How a large canonical file may be read in blocks. */
export interface SplitOptions {
    /** Threads that read, the main thread included; 1 reads the blocks one after the other. */
    readonly threads: number;
    /** The threads, started ahead (startBlockReaders). */
    readonly readers?: BlockReaders | undefined;
    /** Files from this size on are read in blocks (SPLIT_MIN_BYTES unless a test lowers it). */
    readonly minBytes?: number | undefined;
    /** The KPIs as rows name them (Catalog.names) and the window: what a worker thread's aggregator needs. */
    readonly names: readonly KpiName[];
    readonly window: Window;
}

export interface ReadOptions {
    /** How to show the file in messages. */
    readonly shown: string;
    readonly skipInvalid: boolean;
    /** Said after a bad row's message (default: the CLI's --skip-invalid); '' for none. */
    readonly skipHint?: string | undefined;
    readonly reader?: RowReaderFactory;
    /** Where the progress line goes (a terminal's stderr), or undefined for none. */
    readonly progress?: ((text: string) => void) | undefined;
    /** How often the line is redrawn, in milliseconds (PROGRESS_EVERY_MS; tests ask for every chunk). */
    readonly progressEvery?: number | undefined;
    /** Read a large canonical file in blocks; without it, every file is read in one piece. */
    readonly split?: SplitOptions | undefined;
}

export interface ReadResult {
    /** The first skipped rows' messages, for the report's warning. */
    readonly skippedExamples: readonly string[];
}

/** Inputs smaller than this finish before a progress line would help. */
export const PROGRESS_MIN_BYTES = 4 << 20;

/** The one message for an actuals file that cannot be opened or read, with the system's code (ENOENT...). */
export function cannotRead(shown: string, error: unknown): CliError {
    return new CliError(`${shown}: cannot read the actuals file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}

/**
 * Refuses a file in UTF-16: Excel's "Unicode Text" (tab-separated, as Dynamics
 * users often save) would read as UTF-8 into a header of NUL characters, and
 * a message listing them. Told by its byte order mark, FF FE or FE FF.
 */
function refuseUtf16(path: string, shown: string): void {
    const head = Buffer.alloc(2);
    const fd = openSync(path, 'r');
    try { readSync(fd, head, 0, 2, 0); } finally { closeSync(fd); }
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
        throw new CliError(`${shown}: the file is in UTF-16 (as Excel saves "Unicode Text"): save it as "CSV UTF-8" instead`);
    }
}

export async function readActuals(path: string, aggregator: Aggregator, options: ReadOptions): Promise<ReadResult> {
    let size = 0;
    try {
        size = fileSize(path);
        refuseUtf16(path, options.shown);
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw cannotRead(options.shown, error);
    }
    const started = Date.now();
    const progressEvery = options.progressEvery ?? PROGRESS_EVERY_MS;
    const progress = options.progress && size > PROGRESS_MIN_BYTES ? options.progress : undefined;
    const onProgress = progress && ((bytes: number, rows: number) => {
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        progress(`\rcoach: ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(bytes / size * 100)} %   `);
    });
    try {
        const split = options.split;
        if (split && !options.reader && size >= (split.minBytes ?? SPLIT_MIN_BYTES)) {
            let lastProgress = 0;
            const skippedExamples = await readInBlocks(path, size, aggregator, {
                shown: options.shown, skipInvalid: options.skipInvalid, skipHint: options.skipHint, names: split.names, window: split.window, threads: split.threads, readers: split.readers,
                progressEvery,
                // The blocks' progress together, as often as a read in one piece shows it.
                onProgress: onProgress && ((bytes, rows) => {
                    const now = Date.now();
                    if (now - lastProgress >= progressEvery) { lastProgress = now; onProgress(bytes, rows); }
                })
            });
            if (skippedExamples) return { skippedExamples };
        }
        return await readWhole(path, aggregator, options, onProgress && { onProgress, progressEvery });
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw cannotRead(options.shown, error);
    } finally {
        if (progress) progress('\r\x1b[K');
    }
}

/** The file in one piece, on this thread. */
async function readWhole(path: string, aggregator: Aggregator, options: ReadOptions, progress: CsvStreamOptions | undefined): Promise<ReadResult> {
    const skipped: BadRow[] = [];
    let format: CsvFormat | undefined;
    const sink = rowSink(aggregator, {
        // The format is known by the header row: papaparse reports it with the first chunk's rows.
        makeReader: header => (options.reader ?? canonicalReader)(header, format),
        skipInvalid: options.skipInvalid,
        onSkip: bad => { if (skipped.length < MAX_SKIPPED_EXAMPLES) skipped.push(bad); }
    });
    // Lines are counted as rows are read; the few bad rows shown get their columns in the file afterwards.
    const place = (bad: BadRow) => placed(path, format, bad);
    try {
        await streamCsv(path, sink.onRow, { ...progress, onFormat: f => { format = f; } });
    } catch (error) {
        if (error instanceof BadRow) throw new CliError(stopMessage(place(error), options.shown, 0, options.skipHint));
        // Not a bad row: --skip-invalid cannot skip it, every name after it may be wrong.
        if (error instanceof NotUtf8) throw new CliError(notUtf8Message(options.shown, replacementPlace(path)));
        throw error;
    }
    if (!sink.hasHeader()) throw new CliError(emptyActualsMessage(options.shown));
    return { skippedExamples: skipped.map(bad => place(bad).where(options.shown)) };
}
