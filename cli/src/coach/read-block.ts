/**
 * Reads one block of an actuals file (file-blocks.ts) into an aggregator of
 * its own, on the main thread or in a worker (coach-worker.ts): everything
 * in the task and the result is plain data, so it crosses threads.
 */
import type { AggregatePart, CsvPlace, KpiName, Window } from '@wpcm/language/actuals';
import { Aggregator, namesResolver } from '@wpcm/language/actuals';
import type { CsvFormat } from './csv-stream.js';
import { NotUtf8, streamCsv } from './csv-stream.js';
import { replacementPlace } from './locate.js';
import { BadRow, canonicalReader, rowSink } from './rows.js';

export interface BlockTask {
    readonly path: string;
    readonly start: number;
    readonly end: number;
    /** Whether the block ends the file. */
    readonly last: boolean;
    /** For a block after the first: the file's header and format (the first block reads both itself, as a whole-file read does). */
    readonly header?: string[] | undefined;
    readonly format?: CsvFormat | undefined;
    readonly names: readonly KpiName[];
    readonly window: Window;
    readonly skipInvalid: boolean;
    /** How often progress is reported, in milliseconds (csv-stream.ts PROGRESS_EVERY_MS). */
    readonly progressEvery?: number | undefined;
}

/** A bad row as plain data: line and column in the block. */
export interface BlockIssue {
    readonly line: number;
    readonly column: number;
    /** The 0-based field, for its place in the file (locate.ts). */
    readonly field: number;
    readonly problem: string;
    readonly isHeader: boolean;
}

export interface BlockResult {
    readonly part: AggregatePart;
    /** Lines of the block: what the lines of the next block are offset by. */
    readonly lines: number;
    /** The first rows skipped with --skip-invalid (at most MAX_SKIPPED_EXAMPLES). */
    readonly skipped: readonly BlockIssue[];
    /** The bad row that stopped the block. */
    readonly stop?: BlockIssue | undefined;
    /** The first U+FFFD that stopped the block (not UTF-8), its line counted from the block's first as a bad row's is. */
    readonly notUtf8?: CsvPlace | undefined;
    /** Whether papaparse found no quote out of place (see readInBlocks): a block before the last must end outside quotes. */
    readonly wholeRows: boolean;
    /** The number of `"` in the block: a boundary with an odd count before it is inside a quoted field. */
    readonly quotes: number;
    /** The format papaparse read the block with. */
    readonly format?: CsvFormat | undefined;
}

/** Skipped rows named in the report's warning. */
export const MAX_SKIPPED_EXAMPLES = 3;

export function issueOf(bad: BadRow): BlockIssue {
    return { line: bad.line, column: bad.column, field: bad.field, problem: bad.problem, isHeader: bad.isHeader };
}

export function badRowOf(issue: BlockIssue): BadRow {
    return new BadRow(issue.line, issue.column, issue.problem, issue.isHeader, issue.field);
}

export async function readBlock(task: BlockTask, onProgress?: (bytes: number, rows: number) => void): Promise<BlockResult> {
    const aggregator = new Aggregator(namesResolver(task.names), task.window);
    const skipped: BlockIssue[] = [];
    const sink = rowSink(aggregator, {
        makeReader: canonicalReader,
        reader: task.header ? canonicalReader(task.header) : undefined,
        skipInvalid: task.skipInvalid,
        onSkip: bad => { if (skipped.length < MAX_SKIPPED_EXAMPLES) skipped.push(issueOf(bad)); }
    });
    let format: CsvFormat | undefined;
    let quoteError = false;
    let stop: BlockIssue | undefined;
    let rows = 0;
    let quotes = 0;
    try {
        rows = await streamCsv(task.path, sink.onRow, {
            range: { start: task.start, end: task.end },
            format: task.format,
            onFormat: f => { format = f; },
            onQuoteError: () => { quoteError = true; },
            onText: text => { for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) quotes++; },
            ...(onProgress ? { onProgress, progressEvery: task.progressEvery } : {})
        });
    } catch (error) {
        if (error instanceof NotUtf8) {
            return { part: aggregator.part(), lines: rows, skipped, notUtf8: replacementPlace(task.path, task), wholeRows: true, quotes, format };
        }
        if (!(error instanceof BadRow)) throw error;
        stop = issueOf(error);
    }
    // A quoted field still open at the end of a block before the last: the split was inside it.
    return { part: aggregator.part(), lines: rows, skipped, stop, wholeRows: task.last || !quoteError, quotes, format };
}
