/**
 * Model text goes into Markdown hovers verbatim, so it is escaped: a title
 * such as `*Win* <b>rate</b>` must read as typed, never as formatting or HTML.
 * CommonMark lets a backslash escape any ASCII punctuation, HTML included.
 */
const SPECIAL = /[\\`*_[\]<>&~|#]/g;

export function escapeMarkdown(text: string): string {
    return text.replace(SPECIAL, ch => `\\${ch}`);
}

/** A name in inline code (IDs cannot contain backticks). */
export function code(name: string): string {
    return `\`${name}\``;
}
