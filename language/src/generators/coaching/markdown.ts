/** The coaching report's pages as Markdown, for a repository or a wiki: index pages become README.md. */
import { inline, paragraph } from '../../text/markdown.js';
import { formatPercent } from './format.js';
import type { Block, Cell, Inline, Page } from './content.js';

const STATUS_MARK = { red: '🔴 ', amber: '🟠 ', green: '🟢 ' } as const;

export function markdownPath(page: string): string {
    return `${page.replace(/(^|\/)index$/, '$1README')}.md`;
}

/** Like inline(), but keeps one space where the text starts or ends with one: parts of a sentence are joined. */
function spaced(text: string): string {
    return `${/^\s/.test(text) ? ' ' : ''}${inline(text)}${/\s$/.test(text) ? ' ' : ''}`;
}

function inlineText(part: Inline): string {
    if (typeof part === 'string') return spaced(part);
    const text = part.strong ? `**${inline(part.text)}**` : inline(part.text);
    const target = part.page !== undefined ? markdownPath(part.page) : part.href;
    return target !== undefined ? `[${text}](${encodeURI(target)})` : text;
}

function cellText(cell: Cell): string {
    const mark = cell.status ? STATUS_MARK[cell.status] : '';
    return `${mark}${inlineText(cell.content)}`;
}

function fence(text: string): string {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
    return '`'.repeat(longest + 1);
}

function block(b: Block): string[] {
    switch (b.kind) {
        case 'heading': return [`${'#'.repeat(b.level)} ${paragraph(b.text)}`, ''];
        case 'paragraph': return [b.parts.map((p, i) => (i === 0 && typeof p === 'string' ? `${paragraph(p)}${/\s$/.test(p) ? ' ' : ''}` : inlineText(p))).join(''), ''];
        case 'list': return [...b.items.map(item => `- ${item.map(inlineText).join('')}`), ''];
        case 'code': { const f = fence(b.text); return [`${f}wpcm`, b.text, f, '']; }
        case 'table': {
            const lines = [`| ${b.header.map(inline).join(' | ')} |`, `|${b.header.map((_, i) => (b.rows[0]?.[i]?.numeric ? '---:' : '---')).join('|')}|`];
            for (const row of b.rows) lines.push(`| ${row.map(cellText).join(' | ')} |`);
            return [...lines, ''];
        }
        case 'chart': {
            const { persona, seller } = b;
            const lines = ['| Motion | Seller | Team | Company |', '|---|---:|---:|---:|'];
            for (const m of seller.motions) {
                const motion = persona.motions.find(x => x.id === m.id)!;
                lines.push(`| ${inline(`${motion.step}. ${motion.title}`)} | ${formatPercent(m.attainment)} | ${formatPercent(m.team)} | ${formatPercent(m.company)} |`);
            }
            return [...lines, ''];
        }
    }
}

export function markdownPage(page: Page): string {
    return `${page.blocks.flatMap(block).join('\n').replace(/\n+$/, '')}\n`;
}
