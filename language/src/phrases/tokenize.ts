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

const MAX_TOKENS = 24;

/** Characters that separate words. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff;
}

/** Characters kept inside a word; everything else is stripped from word edges. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code > 127 // letters of other scripts, emoji: kept, classified later
  );
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
    if (i > start) addToken(tokens, title.slice(start, i));
  }
  return tokens;
}

function addToken(tokens: Token[], raw: string): void {
  // A clause break may sit before the word ("(optional") or after it ("deals,").
  let s = 0;
  let e = raw.length;
  let breakBefore = false;
  let breakAfter = false;
  while (s < e && !isWordChar(raw.charCodeAt(s))) breakBefore ||= CLAUSE_BREAKS.has(raw[s++]);
  while (e > s && !isWordChar(raw.charCodeAt(e - 1))) breakAfter ||= CLAUSE_BREAKS.has(raw[--e]);
  if (breakBefore && tokens.length > 0) tokens[tokens.length - 1].breakAfter = true;
  if (e === s) {
    // pure punctuation such as "-" or "&"
    if (raw === '&' || raw === '+') tokens.push({ text: raw, lower: 'and', possessive: false, breakAfter: false });
    else if (breakAfter && tokens.length > 0) tokens[tokens.length - 1].breakAfter = true;
    return;
  }
  const text = raw.slice(s, e);
  let lower = text.toLowerCase();
  let possessive = false;
  if (APOSTROPHES.has(raw[e]) || raw.endsWith("'") || raw.endsWith('’')) possessive = lower.endsWith('s');
  const apos = Math.max(lower.lastIndexOf("'s"), lower.lastIndexOf('’s'));
  if (apos > 0 && apos === lower.length - 2) {
    lower = lower.slice(0, apos);
    possessive = true;
  }
  tokens.push({ text, lower, possessive, breakAfter });
}
