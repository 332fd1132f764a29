/**
 * Where a row and a field of an actuals CSV are in the file, as an editor
 * shows it (1-based line and column), with papaparse's rules. Shared by
 * `wpcm coach` (cli/src/coach: it streams the file and reads it again from
 * disk to place a bad row) and the browser's `wpcm/coachingFromCsv` (it has
 * the whole text): both must name the same file:line:column for the same
 * bad CSV. Browser-safe: text in, numbers out, no I/O.
 *
 * A row's fields lose their quotes and doubled quotes once parsed, and a
 * quoted field may hold line breaks (a CRM export's description): neither
 * the row count nor the parsed fields' lengths give the place.
 */

/** How papaparse splits a file: it guesses both from the first chunk unless told. */
export interface CsvFormat {
    readonly newline: '\r' | '\n' | '\r\n';
    readonly delimiter: string;
}

export interface CsvPlace {
    readonly line: number;
    readonly column: number;
}

/** What ends a line when lines are counted: `\n`, or `\r` in a file of CR line breaks (CR LF counts once). */
export function lineEndOf(format: Pick<CsvFormat, 'newline'>): '\r' | '\n' {
    return format.newline === '\r' ? '\r' : '\n';
}

/** The line breaks inside a row's fields (quoted fields only can hold them): the row takes this many lines more than one. */
export function lineBreaksIn(fields: readonly string[], lineEnd: string): number {
    let breaks = 0;
    for (const field of fields) {
        for (let at = field.indexOf(lineEnd); at >= 0; at = field.indexOf(lineEnd, at + 1)) breaks++;
    }
    return breaks;
}

/** A blank line, as papaparse gives it with skipEmptyLines off: one field of spaces at most. Passed over, never a row. */
export function isBlankRow(row: readonly string[]): boolean {
    return row.length === 1 && row[0]!.trim() === '';
}

/**
 * The place of field `field` (0-based) of the row that starts on line `line`,
 * in the text given a piece at a time (without its byte order mark): a field
 * that starts with a quote runs to the next quote not doubled, a row ends at
 * the format's line break outside quotes. A field past the row's last one is
 * placed where it would start after one more delimiter. Undefined when the
 * text has fewer lines (a file that changed since it was read).
 */
export function placeInPieces(source: Iterator<string>, format: CsvFormat, line: number, field: number): CsvPlace | undefined {
    const lineEnd = lineEndOf(format);
    const { newline, delimiter } = format;
    let skip = line - 1;
    let text = '';
    let at = 0;
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

/** placeInPieces for a text held whole (without its byte order mark). */
export function placeInText(text: string, format: CsvFormat, line: number, field: number): CsvPlace | undefined {
    return placeInPieces([text][Symbol.iterator](), format, line, field);
}

/**
 * What a reader says of a file that is not UTF-8: Excel's plain "CSV" saves
 * Windows-1252, whose `ü` (FC) decodes as U+FFFD, so `Jürgen` would become
 * `J\uFFFDrgen` and his page `j-rgen.html`. Said the same way as the refusal
 * of UTF-16 (cli/src/coach/read-actuals.ts), at the first such character.
 */
export function notUtf8Message(shown: string, place: CsvPlace): string {
    return `${shown}:${place.line}:${place.column}: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead`;
}

/**
 * The place of the first U+FFFD (a byte that is not UTF-8, once decoded) in
 * the text given a piece at a time (without its byte order mark), or
 * undefined when there is none. Lines end at CR LF, LF or a lone CR, as an
 * editor counts them: the format may not be known yet (the first chunk can
 * hold the character). Readers only call this once a chunk holds one.
 */
export function replacementPlaceInPieces(source: Iterator<string>): CsvPlace | undefined {
    let line = 1;
    let column = 1;
    let afterCr = false;
    for (let next = source.next(); !next.done; next = source.next()) {
        const text = next.value;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0xfffd) return { line, column };
            if (c === 0x0a) {
                // The LF of a CR LF: the CR already ended the line.
                if (!afterCr) { line++; column = 1; }
                afterCr = false;
            } else if (c === 0x0d) {
                line++;
                column = 1;
                afterCr = true;
            } else {
                column++;
                afterCr = false;
            }
        }
    }
    return undefined;
}

/** replacementPlaceInPieces for a text held whole (without its byte order mark). */
export function replacementPlaceInText(text: string): CsvPlace | undefined {
    return text.indexOf('\uFFFD') < 0 ? undefined : replacementPlaceInPieces([text][Symbol.iterator]());
}
