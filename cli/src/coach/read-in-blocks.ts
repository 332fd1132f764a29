/**
 * Reads a large canonical actuals file in blocks of whole rows
 * (file-blocks.ts) on several threads: the main thread reads blocks itself
 * while worker threads (out/coach-worker.cjs) read others, and the blocks'
 * aggregates are absorbed in file order once all are read. What comes out
 * is what reading the blocks one after the other gives: the same counts and
 * sums, the first bad row by file order with its line (offset by the lines
 * of the blocks before it), the same rows skipped. Whenever the split was
 * not at whole rows (an odd count of quotes before a boundary, or a quoted
 * field unterminated at a block's end) or papaparse guessed another format
 * for the first block than was given to the others, the result is
 * undefined, the aggregator untouched, and the caller reads the file in one
 * piece.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Aggregator, KpiName, Window } from '@wpcm/language/actuals';
import { canonicalColumns, notUtf8Message } from '@wpcm/language/actuals';
import type { WorkerMessage } from './coach-worker.js';
import { fileBlocks, fileHead } from './file-blocks.js';
import type { BlockResult, BlockTask } from './read-block.js';
import { badRowOf, MAX_SKIPPED_EXAMPLES, readBlock } from './read-block.js';
import { placed } from './locate.js';
import { stopMessage } from './rows.js';
import { CliError } from '../errors.js';

export interface BlocksOptions {
    readonly shown: string;
    readonly skipInvalid: boolean;
    /** Said after a bad row's message (default: the CLI's --skip-invalid); '' for none. */
    readonly skipHint?: string | undefined;
    readonly names: readonly KpiName[];
    readonly window: Window;
    /** Threads that read blocks, the main thread included. */
    readonly threads: number;
    /** The threads, started ahead (startBlockReaders); without them, readInBlocks starts its own. Either way it stops them when the blocks are read. */
    readonly readers?: BlockReaders | undefined;
    /** How often each block reports its progress, in milliseconds (csv-stream.ts PROGRESS_EVERY_MS). */
    readonly progressEvery?: number | undefined;
    /** Progress of all blocks together: bytes and rows read so far. */
    readonly onProgress?: ((bytes: number, rows: number) => void) | undefined;
}

interface BlockRunner {
    run(task: BlockTask, onProgress: (bytes: number, rows: number) => void): Promise<BlockResult>;
    close(): Promise<void>;
}

const mainThread: BlockRunner = { run: readBlock, close: async () => undefined };

/** out/coach-worker.cjs beside the bundled CLI; undefined when running from the sources (tests), where the main thread reads every block. */
function workerFile(): string | undefined {
    const file = typeof __dirname === 'string' ? join(__dirname, 'coach-worker.cjs') : undefined;
    return file !== undefined && existsSync(file) ? file : undefined;
}

/** A worker thread that reads one block at a time. */
function workerRunner(file: string): BlockRunner {
    const worker = new Worker(file);
    let current: { resolve: (r: BlockResult) => void; reject: (e: Error) => void; onProgress: (bytes: number, rows: number) => void } | undefined;
    const fail = (error: Error) => { current?.reject(error); current = undefined; };
    worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'progress') current?.onProgress(message.bytes, message.rows);
        else if (message.kind === 'done') { current?.resolve(message.result); current = undefined; }
        else fail(Object.assign(new Error(message.message), { code: message.code }));
    });
    worker.on('error', fail);
    worker.on('exit', code => fail(new Error(`the worker thread stopped (exit code ${code})`)));
    return {
        run: (task, onProgress) => new Promise((resolve, reject) => {
            current = { resolve, reject, onProgress };
            worker.postMessage(task);
        }),
        close: async () => { worker.removeAllListeners('exit'); await worker.terminate(); }
    };
}

/** The threads that read blocks: the main thread and threads - 1 workers. */
export interface BlockReaders {
    readonly runners: readonly BlockRunner[];
    /** Stops the workers (not waited for: they stop while the report is made); again, it does nothing. */
    close(): void;
}

/**
 * Starts the workers of `threads` threads, so that a caller can have them
 * load while it does other work (`wpcm coach` reads the model meanwhile).
 */
export function startBlockReaders(threads: number): BlockReaders {
    const file = threads > 1 ? workerFile() : undefined;
    const runners = [mainThread, ...Array.from({ length: Math.max(0, threads - 1) }, () => (file ? workerRunner(file) : mainThread))];
    let closed = false;
    return {
        runners,
        close: () => {
            if (!closed) void Promise.all(runners.map(r => r.close()));
            closed = true;
        }
    };
}

function sameFormat(a: BlockResult['format'], b: BlockResult['format']): boolean {
    return a !== undefined && b !== undefined && a.newline === b.newline && a.delimiter === b.delimiter;
}

/** Reads the file in blocks into `aggregator`; resolves with the skipped rows' messages, or undefined to read it in one piece. */
export async function readInBlocks(path: string, size: number, aggregator: Aggregator, options: BlocksOptions): Promise<string[] | undefined> {
    const head = fileHead(path);
    if (!head) return undefined;
    try {
        canonicalColumns(head.header);
    } catch {
        return undefined; // The read in one piece reports the header's problem.
    }
    // Started before the boundaries are searched, so that the workers load meanwhile.
    const readers = options.readers ?? startBlockReaders(options.threads);
    const runners = readers.runners;
    try {
        const blocks = fileBlocks(path, size, head.format);
        if (blocks.length < 2) return undefined;
        const tasks: BlockTask[] = blocks.map((block, i) => ({
            path, start: block.start, end: block.end, last: i === blocks.length - 1,
            header: i > 0 ? head.header : undefined, format: i > 0 ? head.format : undefined,
            names: options.names, window: options.window, skipInvalid: options.skipInvalid, progressEvery: options.progressEvery
        }));
        const results = await runBlocks(tasks, runners.slice(0, tasks.length), options.onProgress);
        return absorbBlocks(path, results, head.format, aggregator, options);
    } finally {
        readers.close();
    }
}

/** Runs the blocks, each runner taking the next one as it is free; none after a block that stopped at a bad row or at text that is not UTF-8. */
async function runBlocks(tasks: readonly BlockTask[], runners: readonly BlockRunner[], onProgress: BlocksOptions['onProgress']): Promise<Array<BlockResult | undefined>> {
    const results: Array<BlockResult | undefined> = tasks.map(() => undefined);
    const bytes = tasks.map(() => 0);
    const rows = tasks.map(() => 0);
    const progress = (i: number, b: number, r: number) => {
        bytes[i] = b;
        rows[i] = r;
        onProgress?.(bytes.reduce((a, n) => a + n, 0), rows.reduce((a, n) => a + n, 0));
    };
    let next = 0;
    let stoppedAt = Infinity;
    await Promise.all(runners.map(async runner => {
        while (next < tasks.length && next < stoppedAt) {
            const i = next++;
            const result = await runner.run(tasks[i]!, (b, r) => progress(i, b, r));
            results[i] = result;
            if (result.stop || result.notUtf8) stoppedAt = Math.min(stoppedAt, i);
        }
    }));
    return results;
}

/** Absorbs the blocks in file order, or undefined when they are not the file's rows as a read in one piece sees them. */
function absorbBlocks(path: string, results: ReadonlyArray<BlockResult | undefined>, format: BlockResult['format'], aggregator: Aggregator, options: BlocksOptions): string[] | undefined {
    if (!sameFormat(results[0]?.format, format)) return undefined;
    let lines = 0;
    let quotes = 0;
    const read: BlockResult[] = [];
    for (const result of results) {
        if (!result) break; // After a block that stopped.
        // The block starts inside a quoted field (its rows are not the file's), or ends
        // inside one (it may have stopped at the half row before its end).
        if (quotes % 2 !== 0 || !result.wholeRows) return undefined;
        quotes += result.quotes;
        // Placed in the file as a read in one piece places it (lines with quoted line breaks, quoted columns).
        if (result.stop) throw new CliError(stopMessage(placed(path, format, badRowOf(result.stop), lines), options.shown, 0, options.skipHint));
        if (result.notUtf8) throw new CliError(notUtf8Message(options.shown, { line: result.notUtf8.line + lines, column: result.notUtf8.column }));
        read.push(result);
        lines += result.lines;
    }
    const skipped: string[] = [];
    lines = 0;
    for (const result of read) {
        aggregator.absorb(result.part);
        for (const issue of result.skipped) if (skipped.length < MAX_SKIPPED_EXAMPLES) skipped.push(placed(path, format, badRowOf(issue), lines).where(options.shown));
        lines += result.lines;
    }
    return skipped;
}
