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
