/**
 * Model text inside Markdown (generated outlines, hovers). Titles, goals and phrases are written
 * by people and may contain anything (`*`, `[`, `<script>`, line breaks):
 * they are shown as the literal text, never interpreted as markup or HTML.
 */

/** One line of literal text: whitespace collapsed, Markdown and HTML characters escaped. */
export function inline(text: string): string {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_[\]<>~|]/g, ch => `\\${ch}`)
        // An entity such as &lt; would be decoded by the renderer; keep it literal.
        .replace(/&(?=#?\w+;)/g, '&amp;');
}

/** Literal text that starts a line: also stops it from becoming a heading, quote or list item. */
export function paragraph(text: string): string {
    return inline(text).replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Inline code; the fence is longer than any run of backticks inside. */
export function code(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
