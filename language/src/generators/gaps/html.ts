/**
 * A gap report and the index as one self-contained HTML page each: no
 * scripts, no external resources, a Content-Security-Policy that allows
 * only the page's own stylesheet (by hash), and every model string escaped.
 */
import { escapeHtml as e, htmlDocument } from '../../text/html.js';
import { capitalize } from '../../text/words.js';
import type { GapIndex, GapReport } from './schema.js';
import { CELL_HEADINGS, causeLabel, causeText, fitLists, GRID_LEGEND, interventionLabel, intro, unclassifiedNote } from './wording.js';

export const REPORT_CSS = 'body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}'
    + 'table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left}'
    + '.addressed{background:#d9f2d9}.open{background:#f9d6d5;font-weight:bold}.none{color:#888}'
    + '.misfit{color:#a00;font-weight:bold}.open-q{color:#8a5a00}';
/** base64 SHA-256 of REPORT_CSS, for the CSP (tests/hpt checks it against node:crypto). */
export const REPORT_CSS_SHA256 = 'SvrXelyFaS3Ajo5ogkbSbmlGp8GwWkCrHe89jswMUt0=';

const CSP = `default-src 'none'; style-src 'sha256-${REPORT_CSS_SHA256}'; base-uri 'none'; form-action 'none'`;

function page(title: string, body: string[]): string {
    return htmlDocument({ title, csp: CSP, style: REPORT_CSS, body });
}

function performance(report: GapReport): string[] {
    const { personas, motions, kpis } = report.performance;
    const where = [...personas.map(p => `persona ${e(p.title)}${p.motions.length > 0 ? ` (all its motions: ${p.motions.map(m => e(m.title)).join('; ')})` : ''}`), ...motions.map(m => `motion ${e(m.title)}${m.persona ? ` (${e(m.persona.title)})` : ''}`)];
    const lines = ['<h2>1. Performance</h2>', `<p>Affects: ${where.length > 0 ? where.join('; ') : '<em>nothing named in the model</em>'}</p>`];
    if (kpis.length === 0) return [...lines, '<p class="open-q">No current performance is stated: the size of the gap is unknown.</p>'];
    lines.push('<table><thead><tr><th>KPI</th><th>desired</th><th>current</th><th>gap</th><th>attainment</th></tr></thead><tbody>');
    for (const k of kpis) {
        lines.push(`<tr><td>${e(k.title)}</td><td>${k.desired ? e(k.desired) : 'no numeric target'}</td><td>${e(k.current)}</td>`
            + `<td>${k.gap ? e(k.gap) : `unknown: ${e(k.unknownBecause ?? '')}`}</td><td>${k.attainment === null ? '' : `${k.attainment} %`}</td></tr>`);
    }
    return [...lines, '</tbody></table>'];
}

function causes(report: GapReport): string[] {
    const lines = ['<h2>2. Causes</h2>'];
    if (report.causes.length === 0) lines.push('<p><em>No cause is stated.</em></p>');
    for (const level of report.grid.map(r => r.level)) {
        const here = report.causes.filter(c => c.level === level);
        if (here.length === 0) continue;
        lines.push(`<h3>${capitalize(level)} level</h3>`, '<ul>');
        for (const c of here) lines.push(`<li>${e(causeLabel(c))}: ${e(causeText(c))} <span class="${c.addressed ? 'addressed' : 'open'}">${c.addressed ? 'addressed' : 'open'}</span></li>`);
        lines.push('</ul>');
    }
    lines.push('<table class="grid"><thead><tr><th>level</th>', ...CELL_HEADINGS.map(c => `<th>${c}</th>`), '</tr></thead><tbody>');
    for (const row of report.grid) {
        lines.push(`<tr><th>${row.level}</th>${row.cells.map(c => `<td class="${c.state}">${c.state === 'none' ? 'no cause' : c.state}</td>`).join('')}</tr>`);
    }
    lines.push('</tbody></table>', `<p>${e(GRID_LEGEND)}</p>`);
    const note = unclassifiedNote(report);
    if (note) lines.push(`<p>${e(note)}</p>`);
    return lines;
}

function interventions(report: GapReport): string[] {
    const lines = ['<h2>3. Interventions</h2>'];
    if (report.interventions.length === 0) return [...lines, '<p><em>No intervention is chosen yet.</em></p>'];
    lines.push('<ul>');
    for (const i of report.interventions) {
        const { fits, misses } = fitLists(report, i);
        lines.push(`<li>${e(interventionLabel(i))}: ${e(i.title)}${i.misfit ? ' <span class="misfit">misfit: fits none of the causes it addresses</span>' : ''}`
            + `${fits.length > 0 ? `<br>fits: ${fits.map(e).join('; ')}` : ''}${misses.length > 0 ? `<br>does not fit: ${misses.map(e).join('; ')}` : ''}</li>`);
    }
    return [...lines, '</ul>'];
}

function findings(report: GapReport): string[] {
    const question = (q: GapReport['questions'][number]) => `<li><strong>${e(q.question)}</strong> ${e(q.answer)}</li>`;
    const answered = report.questions.filter(q => q.answered);
    const open = report.questions.filter(q => !q.answered);
    return [
        '<h2>4. Findings</h2>', '<ul>', ...report.findings.map(f => `<li>${e(f)}</li>`), '</ul>',
        '<h3>What the model answers</h3>', answered.length === 0 ? '<p><em>None of the questions yet.</em></p>' : `<ul>${answered.map(question).join('')}</ul>`,
        '<h3>What it leaves open</h3>', open.length === 0 ? '<p><em>Nothing: every question is answered.</em></p>' : `<ul class="open-q">${open.map(question).join('')}</ul>`
    ];
}

function evaluation(report: GapReport): string[] {
    const lines = ['<h2>5. Evaluation plan</h2>'];
    if (report.evaluation.length === 0) return [...lines, '<p class="open-q">No KPI is named (<code>evaluated by</code>): nobody will know whether the interventions worked.</p>'];
    lines.push('<p>These KPIs will show whether the interventions worked:</p>', '<ul>');
    for (const k of report.evaluation) {
        const parts = [k.desired ? `target ${k.desired}` : 'no numeric target', ...(k.current ? [`now ${k.current}`] : []), ...(k.system ? [`measured in ${k.system.title}`] : [])];
        lines.push(`<li>${e(k.title)}: ${e(parts.join(', '))}</li>`);
    }
    return [...lines, '</ul>'];
}

export function gapHtml(report: GapReport): string {
    return page(report.title, [
        `<!-- Generated by wpcm from gap ${e(report.id)}. Edit the model, not this file. -->`,
        `<h1>${e(report.title)}</h1>`,
        `<p>${e(intro(report))} <a href="${e('index.html')}">All gaps</a></p>`,
        ...performance(report), ...causes(report), ...interventions(report), ...findings(report), ...evaluation(report)
    ]);
}

export function indexHtml(index: GapIndex): string {
    const items = index.gaps.map(g => `<li><a href="${e(g.path)}">${e(g.title)}</a>: ${g.openCauses} open cause${g.openCauses === 1 ? '' : 's'}, ${g.misfits} misfit${g.misfits === 1 ? '' : 's'}</li>`);
    return page('Performance gaps', [
        '<!-- Generated by wpcm. Edit the model, not this file. -->',
        '<h1>Performance gaps</h1>',
        items.length === 0 ? '<p><em>The model has no gaps.</em></p>' : `<ul>\n${items.join('\n')}\n</ul>`
    ]);
}
