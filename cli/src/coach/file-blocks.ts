/**
 * Where a large actuals file splits into blocks of whole rows, so that the
 * blocks can be read at the same time (read-in-blocks.ts). A row ends at a
 * line break with an even number of `"` before it: RFC 4180 doubles a quote
 * inside a quoted field, so an odd count means the break is inside one.
 * The boundaries depend on the file alone, never on how many threads read
 * it: the blocks' sums are added in the same order whatever the threads.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import type { CsvFormat } from './csv-stream.js';
import { isBlankRow } from '@wpcm/language/actuals';

/** Files from this size on are read in blocks. */
export const SPLIT_MIN_BYTES = 32 << 20;

/**
 * The size from which a file is read in blocks, for `wpcm coach` and the
 * editor alike: tests lower it through WPCM_SPLIT_BYTES rather than write
 * 32 MB files.
 */
export function splitMinBytes(env: NodeJS.ProcessEnv = process.env): number {
    const bytes = Number(env.WPCM_SPLIT_BYTES);
    return Number.isInteger(bytes) && bytes > 0 ? bytes : SPLIT_MIN_BYTES;
}
/** Blocks per file: as many as threads that may read (min(cores, 4)), whatever the number this time. */
export const BLOCKS = 4;
/** The size of the stream's first chunk (csv-stream.ts), from which papaparse guesses the format. */
const FIRST_CHUNK = 64 << 10;
/** Bytes read at a time around a boundary. */
const WINDOW = 64 << 10;
const LF = 0x0a;
const CR = 0x0d;

export interface FileHead {
    /** The line break and delimiter papaparse will guess from the first chunk. */
    readonly format: CsvFormat;
    /** The header row (the first row that is not blank). */
    readonly header: string[];
}

function readAt(fd: number, buffer: Buffer, position: number): number {
    let read = 0;
    while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, position + read);
        if (n === 0) break;
        read += n;
    }
    return read;
}

/**
 * The format and header of a file, from the bytes of the stream's first
 * chunk parsed as papaparse parses that chunk; undefined when the header is
 * not complete within it.
 */
export function fileHead(path: string): FileHead | undefined {
    const fd = openSync(path, 'r');
    try {
        const bytes = Buffer.allocUnsafe(FIRST_CHUNK);
        const read = readAt(fd, bytes, 0);
        // As the stream decodes it: an incomplete character at the end waits for the next chunk.
        const text = new StringDecoder('utf8').write(bytes.subarray(0, read));
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
        // The last row may go on in the next chunk: the header must come before it.
        const header = parsed.data.slice(0, -1).find(row => !isBlankRow(row));
        if (!header) return undefined;
        return { format: { newline: parsed.meta.linebreak as CsvFormat['newline'], delimiter: parsed.meta.delimiter }, header };
    } finally {
        closeSync(fd);
    }
}

/** Byte ranges of whole rows, in file order; one range when the file cannot be split. */
export interface Block {
    readonly start: number;
    readonly end: number;
}

/**
 * The blocks of a file of `size` bytes: each boundary is just after the first
 * line break at or after k / count of the file (for a CR LF file, the first
 * CR LF). Only the bytes around each boundary are read: that the boundary is
 * outside quotes (an even count before it) is checked as the blocks are read
 * (BlockResult.quotes), and the file is read whole when it is not. Files
 * whose line break is a lone CR are not split.
 */
export function fileBlocks(path: string, size: number, format: CsvFormat, count = BLOCKS): Block[] {
    if (format.newline === '\r' || count < 2) return [{ start: 0, end: size }];
    const boundaries: number[] = [];
    const fd = openSync(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(WINDOW);
        for (let k = 1; k < count; k++) {
            const boundary = lineEnd(fd, buffer, Math.max(Math.floor(size * k / count), boundaries.at(-1) ?? 0), size, format.newline);
            if (boundary === undefined) break;
            boundaries.push(boundary);
        }
    } finally {
        closeSync(fd);
    }
    const starts = [0, ...boundaries];
    return starts.map((start, i) => ({ start, end: boundaries[i] ?? size }));
}

/** Just after the first line break at or after `from`, or undefined when there is none before the end of the file. */
function lineEnd(fd: number, buffer: Buffer, from: number, size: number, newline: '\n' | '\r\n'): number | undefined {
    // One byte before `from`, for the CR of a CR LF whose LF is at `from`.
    for (let offset = Math.max(0, from - 1); offset < size; offset += buffer.length - 1) {
        const read = readAt(fd, buffer, offset);
        if (read === 0) return undefined;
        for (let at = buffer.indexOf(LF, Math.max(0, from - offset)); at >= 0 && at < read; at = buffer.indexOf(LF, at + 1)) {
            if (newline === '\r\n' && (at === 0 || buffer[at - 1] !== CR)) continue;
            const end = offset + at + 1;
            return end < size ? end : undefined;
        }
        // The next window starts at this one's last byte, which may be the CR of a CR LF.
    }
    return undefined;
}
