/**
 * The dashboard preview as an HTML fragment: one section per motion in
 * workflow order with its KPI targets, and the gaps highlighted (a motion
 * without KPIs or competencies, a KPI without a numeric target, performance
 * gaps whose causes training cannot reach). Pure and browser-safe: the VS
 * Code webview and the playground both show it; every model string is
 * escaped; no inline styles or scripts (their Content-Security-Policy
 * forbids them).
 */
import type { Dashboard } from '../generators/dashboard-schema.js';
import type { GapView, KpiActualsView, MotionExtras, PreviewActuals, PreviewResult } from '../protocol.js';
import { formatPercent } from '../generators/coaching/format.js';
import { escapeHtml as h } from '../text/html.js';
import { plural } from '../text/words.js';

type Section = Dashboard['sections'][number];
type Widget = Section['widgets'][number];
type DashboardPreview = Extract<PreviewResult, { kind: 'dashboard' }>;
type Actuals = Extract<PreviewActuals, { kind: 'actuals' }>;

function summary(dashboard: Dashboard): string {
    const { motionCount, kpiCount, motionsWithoutKpis, kpisWithoutTarget } = dashboard.summary;
    const parts = [plural(motionCount, 'motion'), plural(kpiCount, 'KPI')];
    if (motionsWithoutKpis.count > 0) parts.push(`<span class="gap">${plural(motionsWithoutKpis.count, 'motion')} without KPIs</span>`);
    if (kpisWithoutTarget.count > 0) parts.push(`<span class="gap">${plural(kpisWithoutTarget.count, 'KPI')} without a numeric target</span>`);
    return parts.join(' · ');
}

function target(widget: Widget): string {
    if (widget.target) return `<span class="target">${h(widget.target.text)}</span>`;
    if (widget.statedTarget) return `<span class="gap">“${h(widget.statedTarget)}” is not a number</span>`;
    return '<span class="gap">no target</span>';
}

/** The sellers' median against the target, coloured by its status; the count below target; systemic teams. */
function actualCell(view: KpiActualsView | undefined): string {
    if (!view || view.sellers === 0) return '<td class="actual">no data</td>';
    const attainment = view.medianAttainment === null ? '' : ` <span class="${view.status ?? ''}">(${formatPercent(view.medianAttainment)})</span>`;
    const below = view.medianAttainment === null ? '' : `<br><span class="below">${view.belowTarget} of ${plural(view.sellers, 'seller')} below target</span>`;
    const systemic = view.systemicTeams.length > 0 ? `<br><span class="gap">Systemic in ${view.systemicTeams.map(h).join(', ')}: see HPT cause analysis</span>` : '';
    return `<td class="actual">${h(view.medianText)}${attainment}${below}${systemic}</td>`;
}

function widgetRow(widget: Widget, actuals: Actuals | undefined): string {
    const system = widget.system ? h(widget.system.title || widget.system.id) : '<span class="gap">not measured</span>';
    return `<tr class="${widget.hasTarget ? 'kpi' : 'kpi missing'}"><th scope="row">${h(widget.title)}</th><td>${target(widget)}</td>`
        + (actuals ? actualCell(actuals.kpis[widget.id]) : '')
        + `<td>${system}</td><td class="comparisons">${widget.comparisons.map(h).join(' / ')}</td></tr>`;
}

/** A labelled list (criteria, questions); nothing when the model states none. */
function itemList(kind: string, label: string, items: readonly string[] | undefined): string {
    if (!items || items.length === 0) return '';
    return `<div class="${kind}"><span class="label">${h(label)}</span><ul>${items.map(item => `<li>${h(item)}</li>`).join('')}</ul></div>`;
}

function section(section: Section, extras: MotionExtras | undefined, gaps: ReadonlyMap<string, GapView>, actuals: Actuals | undefined): string {
    const competencies = extras?.competencies ?? [];
    const affecting = (extras?.gaps ?? []).map(id => gaps.get(id)).filter((g): g is GapView => g !== undefined);
    const flagged = !section.hasKpis || competencies.length === 0 || section.widgets.some(w => !w.hasTarget) || affecting.length > 0;
    const kpis = section.hasKpis
        ? `<table class="widgets"><thead><tr><th>KPI</th><th>Target</th>${actuals ? '<th>Median actual</th>' : ''}<th>Measured in</th><th>Compare</th></tr></thead>`
            + `<tbody>${section.widgets.map(w => widgetRow(w, actuals)).join('')}</tbody></table>`
        : '<p class="gap">No KPI yet: managers cannot see performance in this motion.</p>';
    return `<li class="section${flagged ? ' flagged' : ''}" id="motion-${h(section.id)}">`
        + `<h2><span class="step">${section.step}</span> ${h(section.title)}${motionAttainment(actuals?.motions[section.id])}</h2>`
        + (section.goal ? `<p class="goal"><span class="label">Goal</span> ${h(section.goal)}</p>` : '<p class="gap">No goal yet.</p>')
        + itemList('criteria', 'Requires', section.criteria)
        + itemList('questions', 'Questions to ask', section.questions)
        + kpis
        + (competencies.length > 0
            ? `<p class="competencies"><span class="label">Competencies</span> ${competencies.map(h).join('; ')}</p>`
            : '<p class="gap">No competency supports this motion (an enablement gap).</p>')
        + affecting.map(g => `<p class="hpt-flag">Affected by gap: ${h(g.title)}</p>`).join('')
        + '</li>';
}

function motionAttainment(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : ` <span class="motion-attainment">median attainment ${formatPercent(value)}</span>`;
}

/** Where the actuals come from, or why they could not be read (the dashboard still shows). */
function actualsLine(actuals: PreviewActuals | undefined): string {
    if (!actuals) return '';
    if (actuals.kind === 'error') return `<p class="notice">Actuals ${h(actuals.file)}: ${h(actuals.message)}</p>`;
    const window = actuals.from && actuals.to ? `${h(actuals.from)} to ${h(actuals.to)}` : 'no dated rows';
    return `<p class="actuals-source"><span class="label">Actuals</span> ${h(actuals.file)}: ${plural(actuals.sellers, 'seller')}, ${window}, `
        + `${plural(actuals.rowsUsed, 'row')} used (median of the sellers; open the coaching report for each seller)</p>`;
}

function gap(view: GapView): string {
    const warnings = [
        ...(view.trainingOnly ? ['Training only, but the causes include organization or process: training cannot fix those.'] : []),
        ...view.uncovered.map(level => `No intervention addresses the ${level}-level cause.`)
    ];
    const interventions = view.interventions.map(i => `<li>${h(i.kind)}: ${h(i.title)}${i.addresses.length ? ` <span class="levels">(${i.addresses.map(h).join(', ')})</span>` : ''}</li>`);
    return `<article class="hpt${warnings.length ? ' flagged' : ''}"><h3>${h(view.title)}</h3>`
        + `<p><span class="label">Cause levels</span> ${view.levels.map(h).join(', ') || 'none'}</p>`
        + (interventions.length ? `<ul>${interventions.join('')}</ul>` : '<p class="gap">No intervention yet.</p>')
        + warnings.map(w => `<p class="gap">${h(w)}</p>`).join('')
        + '</article>';
}

export function renderDashboard(preview: DashboardPreview): string {
    const { dashboard } = preview;
    const gaps = new Map(preview.gaps.map(g => [g.id, g]));
    const actuals = preview.actuals?.kind === 'actuals' ? preview.actuals : undefined;
    const { red, amber, green } = dashboard.attainment;
    return '<header>'
        + `<h1>${h(dashboard.persona.title)}</h1>`
        + (dashboard.persona.description ? `<p class="description">${h(dashboard.persona.description)}</p>` : '')
        + `<p class="summary">${summary(dashboard)}</p>`
        + `<p class="legend">Attainment: <span class="red">red below ${red.below} %</span>, <span class="amber">amber from ${amber.from} %</span>, <span class="green">green from ${green.from} %</span></p>`
        + actualsLine(preview.actuals)
        + '</header>'
        + `<ol class="workflow">${dashboard.sections.map(s => section(s, preview.motions[s.id], gaps, actuals)).join('')}</ol>`
        + (preview.gaps.length > 0 ? `<section class="hpt-gaps"><h2>Performance gaps</h2>${preview.gaps.map(gap).join('')}</section>` : '');
}

/** A notice above the last good dashboard (or alone), e.g. while the model has errors. */
export function renderNotice(message: string, lastGood?: string): string {
    return `<p class="notice">${h(message)}</p>${lastGood ?? ''}`;
}
