/**
 * Suppression comments, as in the linters people know:
 *   // wpcm-disable-next-line motion-no-kpi, kpi-no-source -- reason
 *   // wpcm-disable motion-no-competency      (whole file)
 * Without codes, the comment suppresses every rule. A directive is a line
 * comment that starts with it: the same words inside a string
 * (`goal "see // wpcm-disable kpi-no-source"`) or a block comment are text.
 */
import type { CstNode } from 'langium';
import { CstUtils } from 'langium';

export interface Suppressions {
    /** Codes disabled for the whole file; '*' for all. */
    readonly file: ReadonlySet<string>;
    /** 0-based line -> codes disabled on that line; '*' for all. */
    readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

const NONE: Suppressions = { file: new Set(), lines: new Map() };
const DIRECTIVE = /\/\/[ \t]*wpcm-disable(-next-line)?(?![\w-])([^\r\n]*)/g;

function parseCodes(rest: string): Set<string> {
    const list = rest.split(/\s--\s|^--\s/)[0] ?? '';
    const codes = list.split(/[\s,]+/).filter(Boolean);
    return new Set(codes.length > 0 ? codes : ['*']);
}

/** Where the line comments of a parsed text start; computed only when a text names a directive at all. */
export type CommentStarts = () => ReadonlySet<number>;

export function lineCommentStarts(root: CstNode): CommentStarts {
    let starts: Set<number> | undefined;
    return () => starts ??= new Set(CstUtils.streamCst(root)
        .filter(node => node.hidden && node.text.startsWith('//')).map(node => node.offset));
}

/** The directive matches of `text`; with `comments`, only those that begin a line comment. */
function directives(text: string, comments: CommentStarts | undefined): RegExpExecArray[] {
    const all = [...text.matchAll(DIRECTIVE)];
    if (!comments || all.length === 0) return all;
    const starts = comments();
    return all.filter(match => starts.has(match.index));
}

export function parseSuppressions(text: string, comments?: CommentStarts): Suppressions {
    if (!text.includes('wpcm-disable')) return NONE;
    const file = new Set<string>();
    const lines = new Map<number, Set<string>>();
    let line = 0;
    let scanned = 0;
    for (const match of directives(text, comments)) {
        line += lineBreaks(text, scanned, match.index);
        scanned = match.index;
        const codes = parseCodes(match[2] ?? '');
        if (match[1]) {
            const target = lines.get(line + 1) ?? new Set<string>();
            codes.forEach(c => target.add(c));
            lines.set(line + 1, target);
        } else {
            codes.forEach(c => file.add(c));
        }
    }
    return { file, lines };
}

/**
 * Line breaks in text[from, to), counted as LSP counts them (CRLF, LF or a
 * lone CR), so that "the next line" is the line the editor shows: a file
 * with CR line endings has one line per CR, not one line in all.
 */
function lineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const char = text.charCodeAt(i);
        if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
}

/** Every code a directive names, with its offset in the text (for the unknown-rule-code rule). */
export function directiveCodes(text: string, comments?: CommentStarts): Array<{ code: string; offset: number }> {
    if (!text.includes('wpcm-disable')) return [];
    const found: Array<{ code: string; offset: number }> = [];
    for (const match of directives(text, comments)) {
        const rest = match[2] ?? '';
        const list = rest.split(/\s--\s|^--\s/)[0] ?? '';
        const start = match.index + match[0].length - rest.length;
        for (const code of list.matchAll(/[^\s,]+/g)) found.push({ code: code[0], offset: start + code.index });
    }
    return found;
}

export function isSuppressed(suppressions: Suppressions, code: string, line: number): boolean {
    const onLine = suppressions.lines.get(line);
    return suppressions.file.has('*') || suppressions.file.has(code)
        || (onLine !== undefined && (onLine.has('*') || onLine.has(code)));
}
