/**
 * The coaching report's pages as self-contained HTML: no script, no network,
 * a Content-Security-Policy that allows only the inline styles, charts as
 * inline SVG rendered at generation time. Every model and data string goes
 * through escapeHtml.
 */
import { escapeHtml as h, htmlDocument } from '../../text/html.js';
import type { ChartBar } from './chart.js';
import { CHART_COLOURS, CHART_SERIES } from './chart.js';
import type { Block, Cell, Inline, Page } from './content.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:14px}th,td{border:1px solid #d0d0d5;padding:.3rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{background:#f3f3f6}caption{text-align:left;color:#555;padding:.2rem 0}
td.green{background:#cdeccf}td.amber{background:#ffe3a8}td.red{background:#f8c4c0}
pre{background:#f6f6f8;padding:.75rem;overflow:auto}a{color:#1f5fa8}.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}figure{margin:0}`;

export function htmlPath(page: string): string {
    return `${page}.html`;
}

function inlineHtml(part: Inline): string {
    if (typeof part === 'string') return h(part);
    const text = part.strong ? `<strong>${h(part.text)}</strong>` : h(part.text);
    const target = part.page !== undefined ? htmlPath(part.page) : part.href;
    return target !== undefined ? `<a href="${h(encodeURI(target))}">${text}</a>` : text;
}

function cellHtml(cell: Cell): string {
    const classes = [cell.numeric ? 'n' : '', cell.status ?? ''].filter(Boolean).join(' ');
    return `<td${classes ? ` class="${classes}"` : ''}>${inlineHtml(cell.content)}</td>`;
}

const LEGEND = `<p class="legend">${CHART_SERIES.map((s, i) => `<span><i style="background:${CHART_COLOURS[i]}"></i>${s}</span>`).join('')}</p>`;

export function chartBars(block: Extract<Block, { kind: 'chart' }>): ChartBar[] {
    const bars: ChartBar[] = [];
    for (const m of block.seller.motions) {
        const motion = block.persona.motions.find(x => x.id === m.id)!;
        const label = `${motion.step}. ${motion.title}`;
        if (m.attainment !== null) bars.push({ motion: label, who: 'Seller', attainment: m.attainment });
        if (m.team !== null) bars.push({ motion: label, who: 'Team', attainment: m.team });
        if (m.company !== null) bars.push({ motion: label, who: 'Company', attainment: m.company });
    }
    return bars;
}

async function blockHtml(b: Block, chart: (b: Extract<Block, { kind: 'chart' }>) => Promise<string>): Promise<string> {
    switch (b.kind) {
        case 'heading': return `<h${b.level}>${h(b.text)}</h${b.level}>`;
        case 'paragraph': return `<p>${b.parts.map(inlineHtml).join('')}</p>`;
        case 'list': return `<ul>${b.items.map(item => `<li>${item.map(inlineHtml).join('')}</li>`).join('')}</ul>`;
        case 'code': return `<pre><code>${h(b.text)}</code></pre>`;
        case 'table': {
            const caption = b.caption ? `<caption>${h(b.caption)}</caption>` : '';
            const head = `<thead><tr>${b.header.map(c => `<th>${h(c)}</th>`).join('')}</tr></thead>`;
            const body = `<tbody>${b.rows.map(r => `<tr>${r.map(cellHtml).join('')}</tr>`).join('\n')}</tbody>`;
            return `<table>${caption}${head}${body}</table>`;
        }
        case 'chart':
            return `<figure role="img" aria-label="${h(b.alt)}">${await chart(b)}${LEGEND}</figure>`;
    }
}

/** A page; `charts` renders each chart block (Vega), or undefined to leave charts out. */
export async function htmlPage(page: Page, charts: ((bars: readonly ChartBar[]) => Promise<string>) | undefined): Promise<string> {
    const chart = async (b: Extract<Block, { kind: 'chart' }>) => {
        const bars = chartBars(b);
        return charts && bars.length > 0 ? charts(bars) : '';
    };
    const body: string[] = [];
    for (const b of page.blocks) body.push(await blockHtml(b, chart));
    return htmlDocument({ title: page.title, csp: CSP, style: STYLE, body });
}
