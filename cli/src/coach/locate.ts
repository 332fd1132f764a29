/**
 * Where a field of a bad row is in the file, as an editor shows it: the
 * physical line and the 1-based column of the field's first character (its
 * opening quote, for a quoted field). The reader counts rows, and a row's
 * fields lose their quotes and doubled quotes once parsed: a CRM export quotes
 * every field and writes descriptions with line breaks inside, so counting
 * rows and field lengths points lines and columns away from the field. Only a
 * bad row needs its place, so the file is scanned again then, never while the
 * rows are read.
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

/**
 * The place of field `field` (0-based) of row `row` (1-based, as streamCsv
 * counts rows: blank lines included), with papaparse's rules: a field that
 * starts with a quote runs to the next quote not doubled, a row ends at the
 * format's line break outside quotes. A field past the row's last one is
 * placed where it would start after one more delimiter.
 * Undefined when the file has fewer rows (it changed since it was read).
 */
export function placeOf(path: string, format: CsvFormat, row: number, field: number): Place | undefined {
    const fd = openSync(path, 'r');
    try {
        const decoder = new StringDecoder('utf8');
        const buffer = Buffer.alloc(PIECE);
        const newline = format.newline;
        const delimiter = format.delimiter;
        let atRow = 1;
        let atField = 0;
        let line = 1;
        let column = 1;
        let inQuotes = false;
        /** Whether the next character starts a field. */
        let fieldStart = true;
        let first = true;
        let position = 0;
        let pending = '';
        for (;;) {
            const n = readSync(fd, buffer, 0, PIECE, position);
            position += n;
            let text = pending + (n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end());
            pending = '';
            if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
            first = false;
            for (let i = 0; i < text.length; i++) {
                // A line break or a doubled quote split between two pieces: read on first.
                if (n > 0 && i >= text.length - 1 && (text[i] === '\r' || text[i] === '"')) { pending = text.slice(i); break; }
                if (atRow === row && atField === field && fieldStart) return { line, column };
                const c = text[i]!;
                if (inQuotes) {
                    if (c === '"') {
                        if (text[i + 1] === '"') { i++; column++; } else inQuotes = false;
                    }
                } else if (text.startsWith(newline, i)) {
                    if (atRow === row) return { line, column: column + 1 };
                    atRow++;
                    atField = 0;
                    fieldStart = true;
                    i += newline.length - 1;
                    line++;
                    column = 1;
                    continue;
                } else if (text.startsWith(delimiter, i)) {
                    atField++;
                    fieldStart = true;
                    i += delimiter.length - 1;
                    column += delimiter.length;
                    continue;
                } else if (c === '"' && fieldStart) {
                    inQuotes = true;
                }
                fieldStart = false;
                // A line break inside a quoted field is a line for an editor: \n, \r\n or \r alone.
                if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { line++; column = 1; } else column++;
            }
            if (n === 0) return atRow === row ? { line, column: atField === field && fieldStart ? column : column + 1 } : undefined;
        }
    } finally {
        closeSync(fd);
    }
}

/**
 * The bad row with its place in the file; `rowsBefore`: rows of the file
 * before the part it was read in (a block). Unchanged when the format is not
 * known or the row is not found.
 */
export function placed(path: string, format: CsvFormat | undefined, bad: BadRow, rowsBefore = 0): BadRow {
    const place = format && placeOf(path, format, bad.line + rowsBefore, bad.field);
    if (place) return new BadRow(place.line, place.column, bad.problem, bad.isHeader, bad.field);
    return rowsBefore === 0 ? bad : new BadRow(bad.line + rowsBefore, bad.column, bad.problem, bad.isHeader, bad.field);
}
