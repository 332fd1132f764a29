/**
 * Model and data text inside generated HTML (reports, the dashboard
 * preview). Titles and causes are written by people and may contain
 * anything (`<script>`, quotes, `&`): they are always shown as literal text,
 * in element content and in attribute values alike.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, ch => ENTITIES[ch]!);
}

export interface HtmlDocument {
    /** Plain text; escaped here. */
    readonly title: string;
    /** The page's Content-Security-Policy. */
    readonly csp: string;
    /** The page's own stylesheet, inlined. */
    readonly style: string;
    /** Markup of the body, one entry per line. */
    readonly body: readonly string[];
}

/** A self-contained page as every generated report writes it: its own CSP and stylesheet, nothing external. */
export function htmlDocument(page: HtmlDocument): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${page.csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(page.title)}</title>`,
        `<style>${page.style}</style>`,
        '</head>',
        '<body>',
        ...page.body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}
