/**
 * What every generator returns: files as relative paths and text. Generators
 * never touch a file system; the CLI (and later the extension) only writes.
 */

export interface GeneratedFile {
    /** Relative to the output folder, forward slashes, built from slugs only. */
    readonly path: string;
    /** UTF-8 text with "\n" line endings and a trailing newline. */
    readonly content: string;
}

/** A generated file whose text comes in pieces (a report of tens of MB): a writer writes them one at a time, in order. */
export interface StreamedFile {
    readonly path: string;
    /** Read once. */
    readonly pieces: Iterable<string>;
}

/**
 * Whether a generated path is a plain relative path made of real segments:
 * no empty, `.` or `..` segment, no absolute or drive path, no backslash,
 * colon or NUL. Every writer checks this before it writes; generators only
 * produce slug paths, so it is the last line of defence should one not.
 */
export function isSafeRelativePath(path: string): boolean {
    if (path === '' || /[\\:\0]/.test(path) || path.startsWith('/')) return false;
    return path.split('/').every(segment => segment !== '' && segment !== '.' && segment !== '..');
}

/** Stable, diff-friendly JSON: two-space indent, trailing newline. */
export function jsonText(value: unknown): string {
    return `${JSON.stringify(value, null, 2)}\n`;
}

/** Joins lines into a file: one "\n" between lines, exactly one at the end. */
export function linesText(lines: readonly string[]): string {
    return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** Code-unit order: the same on every machine and in every locale (unlike localeCompare). */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Files in path order, so output and reports do not depend on input order. */
export function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
    return files.sort((a, b) => compareText(a.path, b.path));
}
