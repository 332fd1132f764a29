/**
 * The column of a bad row's field, as an editor shows it: the 1-based
 * column of the field's first character (its opening quote, for a quoted
 * field), and its line when a quoted field before it holds line breaks. A
 * row's fields lose their quotes and doubled quotes once parsed: a CRM export
 * quotes every field, so counting the parsed fields' lengths points columns
 * away from the field. Only a bad row needs its place, so the file is read
 * again then, never while the rows are read (csv-stream.ts gives the line
 * each row starts on).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { CsvFormat, CsvPlace } from '@wpcm/language/actuals';
import { placeInPieces, replacementPlaceInPieces } from '@wpcm/language/actuals';
import { BadRow } from './rows.js';

const PIECE = 64 << 10;

/** The file's text (or its bytes from `range.start` up to `range.end`), a piece at a time, without a byte order mark. */
function* pieces(path: string, range?: { readonly start: number; readonly end: number }): Generator<string> {
    const fd = openSync(path, 'r');
    try {
        const decoder = new StringDecoder('utf8');
        const buffer = Buffer.alloc(PIECE);
        let position = range?.start ?? 0;
        const end = range?.end ?? Infinity;
        let first = position === 0;
        for (;;) {
            const n = readSync(fd, buffer, 0, Math.min(PIECE, end - position), position);
            if (n === 0) break;
            position += n;
            let text = decoder.write(buffer.subarray(0, n));
            if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
            first = false;
            yield text;
        }
        const rest = decoder.end();
        if (rest) yield rest;
    } finally {
        closeSync(fd);
    }
}

/**
 * The place of field `field` (0-based) of the row that starts on line `line`
 * (language/src/coaching/csv-place.ts, which the browser's reading shares, so
 * both name the same place). Undefined when the file has fewer lines (it
 * changed since it was read).
 */
export function placeOf(path: string, format: CsvFormat, line: number, field: number): CsvPlace | undefined {
    const source = pieces(path);
    // Placing stops reading early: closing the generator runs its finally, which closes the file.
    try { return placeInPieces(source, format, line, field); } finally { source.return(undefined); }
}

/**
 * Where the first U+FFFD is (csv-stream.ts NotUtf8), in the file or in the
 * block `range` (its line then counted from the block's first); read again
 * only once a chunk was found to hold one. Line 1, column 1 when it is not
 * found again (the file changed since).
 */
export function replacementPlace(path: string, range?: { readonly start: number; readonly end: number }): CsvPlace {
    const source = pieces(path, range);
    try { return replacementPlaceInPieces(source) ?? { line: 1, column: 1 }; } finally { source.return(undefined); }
}

/**
 * The bad row with its place in the file; `linesBefore`: lines of the file
 * before the part it was read in (a block). Its line unchanged when the
 * format is not known or the line is not found.
 */
export function placed(path: string, format: CsvFormat | undefined, bad: BadRow, linesBefore = 0): BadRow {
    const line = bad.line + linesBefore;
    const place = format && placeOf(path, format, line, bad.field);
    return place ? new BadRow(place.line, place.column, bad.problem, bad.isHeader, bad.field) : new BadRow(line, bad.column, bad.problem, bad.isHeader, bad.field);
}
