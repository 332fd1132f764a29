/**
 * Splits a title into words, keeping only what the classifier needs. Linear in
 * the input and bounded: a title is decided by its first few words, so at most
 * MAX_TOKENS are produced however long the string is.
 */

export interface Token {
    /** the word as written, without surrounding quotes or punctuation */
    text: string;
    /** lowercase, with a trailing possessive "'s" or "'" removed */
    lower: string;
    /** the word carried a possessive ("customer's"): it acts like a determiner */
    possessive: boolean;
    /** a clause break (comma, semicolon, colon, parenthesis) follows the word */
    breakAfter: boolean;
}

export const MAX_TOKENS = 24;
/** Longer "words" are not English words; their start is enough to look them up. */
const MAX_WORD_LENGTH = 40;
const MAX_RAW_LENGTH = 200;

/** Characters that separate words. */
function isSpace(code: number): boolean {
    return code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff;
}

/** Letters and digits of any script; emoji, symbols and punctuation are not words. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Characters kept at a word's edges: letters and digits of any script. */
function isWordChar(code: number): boolean {
    if (code < 128) {
        return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    }
    return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–']);
const APOSTROPHES = new Set(["'", '’']);

export function tokenize(title: string): Token[] {
    const tokens: Token[] = [];
    const n = title.length;
    let i = 0;
    while (i < n && tokens.length < MAX_TOKENS) {
        while (i < n && isSpace(title.charCodeAt(i))) i++;
        const start = i;
        while (i < n && !isSpace(title.charCodeAt(i))) i++;
        // Only the start of an absurdly long "word" is kept, so later work stays bounded.
        if (i > start) addToken(tokens, title.slice(start, Math.min(i, start + MAX_RAW_LENGTH)));
    }
    return tokens;
}

function addToken(tokens: Token[], raw: string): void {
    // Strip punctuation, quotes and emoji from both edges, noting clause breaks:
    // "(optional" breaks before the word, "deals," after it.
    let s = 0;
    let e = raw.length;
    let breakBefore = false;
    let breakAfter = false;
    for (; s < e && !isWordChar(raw.charCodeAt(s)); s++) if (CLAUSE_BREAKS.has(raw[s])) breakBefore = true;
    for (; e > s && !isWordChar(raw.charCodeAt(e - 1)); e--) if (CLAUSE_BREAKS.has(raw[e - 1])) breakAfter = true;
    const previous = tokens[tokens.length - 1];
    if (breakBefore && previous) previous.breakAfter = true;
    if (e === s) {
        // no word: "&" joins like "and", a lone "," or "—" breaks the clause
        if (raw === '&' || raw === '+') tokens.push({ text: raw, lower: 'and', possessive: false, breakAfter: false });
        // A spaced hyphen is a dash ("Win rate - weekly"), as '—' and '–' are.
        else if ((breakAfter || /^-+$/.test(raw)) && previous) previous.breakAfter = true;
        return;
    }
    const text = raw.slice(s, e);
    let lower = text.toLowerCase().slice(0, MAX_WORD_LENGTH);
    // "customers'" (but not a quoted "'leads'") and "customer's" are possessives.
    let possessive = APOSTROPHES.has(raw[e]) && !APOSTROPHES.has(raw[s - 1]) && lower.endsWith('s');
    const apos = Math.max(lower.lastIndexOf("'s"), lower.lastIndexOf('’s'));
    if (apos > 0 && apos === lower.length - 2) {
        lower = lower.slice(0, apos);
        possessive = true;
    }
    tokens.push({ text, lower, possessive, breakAfter });
}
