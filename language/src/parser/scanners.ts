/**
 * Hand-written matchers for the tokens whose length has no bound: quoted
 * strings and block comments. A regular expression with a repeated
 * alternation (`"(\\.|[^"\\])*"`) keeps one backtracking entry per
 * character in V8, so a 5-million-character string overflowed the stack;
 * these loops use constant stack at any length.
 *
 * Each remembers, for the text being lexed, the first offset from which a token ran off the
 * end of the text unterminated: every later start runs off the end too (a
 * later quote was necessarily escaped in the failed scan, which is then in
 * the same state), so a file of thousands of unterminated quotes costs one
 * scan, not one per quote.
 */

/** Chevrotain's custom token pattern: a match is a one-element array holding the matched text. */
export type Matcher = (text: string, offset: number) => [string] | null;

/** A matcher with a memory of the text being lexed; `reset` before each new text. */
export interface Scanner { match: Matcher; reset(): void }

/** Characters a backslash cannot escape (the grammar's `\\.`: `.` matches no line terminator). */
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** `quote`, then any characters with backslash escapes (newlines included), then `quote`. */
function scanQuoted(quote: string, text: string, offset: number): number | 'unterminated' | undefined {
    for (let i = offset + 1; i < text.length; i++) {
        const c = text[i];
        if (c === quote) return i + 1;
        if (c !== '\\') continue;
        if (i + 1 >= text.length) break;
        if (LINE_TERMINATORS.has(text[i + 1]!)) return undefined;
        i++;
    }
    return 'unterminated';
}

/** Either kind of quoted string, as the grammar's STRING terminal defines it. */
export function stringScanner(): Scanner {
    // The first offset, per quote, from which a string ran off the end of the text.
    const failedFrom: Record<string, number> = {};
    return {
        reset: () => { failedFrom['"'] = Infinity; failedFrom["'"] = Infinity; },
        match: (text, offset) => {
            const quote = text[offset];
            if ((quote !== '"' && quote !== "'") || offset >= (failedFrom[quote] ?? Infinity)) return null;
            const end = scanQuoted(quote, text, offset);
            if (end === 'unterminated') failedFrom[quote] = offset;
            return typeof end === 'number' ? [text.slice(offset, end)] : null;
        }
    };
}

/** `/*` up to the first `*\/`, as the grammar's ML_COMMENT terminal defines it. */
export function blockCommentScanner(): Scanner {
    let failedFrom = Infinity;
    return {
        reset: () => { failedFrom = Infinity; },
        match: (text, offset) => {
            if (offset >= failedFrom || !text.startsWith('/*', offset)) return null;
            const end = text.indexOf('*/', offset + 2);
            if (end < 0) failedFrom = offset;
            return end < 0 ? null : [text.slice(offset, end + 2)];
        }
    };
}
