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
import type { CsvFormat } from './csv-stream.js';
import { BadRow } from './rows.js';

export interface Place {
    readonly line: number;
    readonly column: number;
}

const PIECE = 64 << 10;

/** The file's text, a piece at a time, without a byte order mark. */
function* pieces(path: string): Generator<string> {
    const fd = openSync(path, 'r');
    try {
        const decoder = new StringDecoder('utf8');
        const buffer = Buffer.alloc(PIECE);
        let position = 0;
        let first = true;
        for (;;) {
            const n = readSync(fd, buffer, 0, PIECE, position);
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
 * The place of field `field` (0-based) of the row that starts on line `line`,
 * with papaparse's rules: a field that starts with a quote runs to the next
 * quote not doubled, a row ends at the format's line break outside quotes.
 * Lines end at `\n` (`\r` in a file of CR line breaks), as csv-stream.ts
 * counts them. A field past the row's last one is placed where it would
 * start after one more delimiter. Undefined when the file has fewer lines
 * (it changed since it was read).
 */
export function placeOf(path: string, format: CsvFormat, line: number, field: number): Place | undefined {
    const lineEnd = format.newline === '\r' ? '\r' : '\n';
    const { newline, delimiter } = format;
    let skip = line - 1;
    let text = '';
    let at = 0;
    const source = pieces(path);
    // The row's first line: skip the lines before it, a piece at a time.
    for (;;) {
        while (skip > 0) {
            const end = text.indexOf(lineEnd, at);
            if (end < 0) break;
            skip--;
            at = end + 1;
        }
        if (skip === 0) break;
        const next = source.next();
        if (next.done) return undefined;
        text = next.value;
        at = 0;
    }
    // The row, character by character, with the text that follows it.
    text = text.slice(at);
    let atField = 0;
    let atLine = line;
    let column = 1;
    let inQuotes = false;
    let fieldStart = true;
    let i = 0;
    for (;;) {
        if (i + 1 >= text.length) {
            // A line break or a doubled quote may continue in the next piece.
            const next = source.next();
            if (!next.done) { text = text.slice(i) + next.value; i = 0; continue; }
            if (i >= text.length) return { line: atLine, column: atField === field && fieldStart ? column : column + 1 };
        }
        if (atField === field && fieldStart) return { line: atLine, column };
        const c = text[i]!;
        if (inQuotes) {
            if (c === '"') {
                if (text[i + 1] === '"') { i++; column++; } else inQuotes = false;
            }
        } else if (text.startsWith(newline, i)) {
            return { line: atLine, column: column + 1 };
        } else if (text.startsWith(delimiter, i)) {
            atField++;
            fieldStart = true;
            i += delimiter.length;
            column += delimiter.length;
            continue;
        } else if (c === '"' && fieldStart) {
            inQuotes = true;
        }
        fieldStart = false;
        if (c === lineEnd) { atLine++; column = 1; } else column++;
        i++;
    }
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
