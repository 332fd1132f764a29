/**
 * WPCM dashboard -> Grafana dashboard JSON model, ready for Dashboards >
 * Import. Built from the validated WPCM dashboard, not from the AST, so both
 * formats always show the same sections, KPIs and targets.
 *
 * Layout: a summary text panel, then a row per motion with a stat panel per
 * KPI (three per line). Each stat panel has three queries, A individual
 * (dashboard variable seller), B team (variable team), C company, against the
 * data source chosen at import for the system the KPI is measured in
 * (grafana-datasource.ts); the queries themselves depend on the team's data
 * and are left to fill in (said in the panel description and the summary).
 * With the warehouse datasource (`--datasource postgres`) every panel instead
 * queries the functions `wpcm generate sql` creates (grafana-queries.ts).
 */

/** A dashboard that reads the coaching warehouse: the persona whose rows its queries select. */
interface Warehouse { persona: string }
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Dashboard, Section, Widget } from './dashboard-schema.js';
import { grafanaUnit } from './grafana-units.js';
import { thresholdSteps } from './grafana-thresholds.js';
import type { GrafanaDatasourceType, SystemRef } from './grafana-datasource.js';
import { DEFAULT_DATASOURCE_TYPE, GrafanaDatasources } from './grafana-datasource.js';
import type { GrafanaDatasourceKind } from './grafana-queries.js';
import { POSTGRES_DATASOURCE, POSTGRES_INPUTS, postgresTargets, postgresVariables, WAREHOUSE_QUERIES, WAREHOUSE_SUMMARY } from './grafana-queries.js';
import { code, inline } from '../text/markdown.js';
import { listWords, plural } from '../text/words.js';

/** The dashboard schema version current Grafana writes (the default in @grafana/schema's Dashboard). */
export const GRAFANA_SCHEMA_VERSION = 42;

const GRID_WIDTH = 24;
const STAT = { w: 8, h: 6 };
const SUMMARY_HEIGHT = 6;
const EMPTY_ROW_HEIGHT = 3;
const MAX_UID = 40;

const QUERIES = [
    // Named without "$": Grafana would replace "$seller" in descriptions and text panels.
    { refId: 'A', name: 'Individual', scope: 'the individual seller (dashboard variable `seller`)' },
    { refId: 'B', name: 'Team', scope: 'the team (dashboard variable `team`)' },
    { refId: 'C', name: 'Company', scope: 'the whole company' }
] as const;

type Json = Record<string, unknown>;

/** FNV-1a: a short, stable hash that keeps truncated UIDs distinct. */
function hash(text: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

/** Grafana UIDs are at most 40 characters of [A-Za-z0-9_-]; slugs and model names already use only those. */
export function grafanaUid(text: string): string {
    return text.length <= MAX_UID ? text : `${text.slice(0, MAX_UID - 9)}-${hash(text)}`;
}

function thresholdWords(attainment: AttainmentThresholds): string {
    return `red below ${attainment.amber} %, amber from ${attainment.amber} %, green from ${attainment.green} % of target`;
}

function describeWidget(section: Section, widget: Widget, attainment: AttainmentThresholds, sources: GrafanaDatasources, warehouse?: Warehouse): string {
    const lines = [`Motion ${section.step}: ${inline(section.title)}.`];
    if (widget.target && widget.attainment) {
        lines.push(`Target: ${inline(widget.target.text)}. Attainment: ${widget.attainment.formula}; ${thresholdWords(attainment)}.`);
    } else {
        const stated = widget.statedTarget ? ` (the model says "${inline(widget.statedTarget)}")` : '';
        lines.push(`No numeric target in the model${stated}: shown without a status colour.`);
    }
    if (widget.counts) lines.push(`Counts: ${inline(widget.counts)}.`);
    // A warehouse dashboard has one input (DS_WPCM), not one per system: the system
    // says where the actuals loaded into wpcm_actuals come from.
    lines.push(widget.system
        ? warehouse
            ? `Measured in ${inline(widget.system.id)} (${inline(widget.system.title)}): its actuals are loaded into wpcm_actuals.`
            : `Measured in ${inline(widget.system.id)} (${inline(widget.system.title)}): the data source chosen for ${code(sources.inputNameOf(widget.system.id) ?? widget.system.id)} at import.`
        : warehouse
            ? 'The model names no system this KPI is measured in: its actuals are loaded into wpcm_actuals like the others.'
            : 'The model names no system this KPI is measured in: choose a data source.');
    lines.push(warehouse ? WAREHOUSE_QUERIES : `QUERIES TO FILL IN: ${QUERIES.map(q => `${q.refId} for ${q.scope}`).join(', ')}.`);
    return lines.join('\n\n');
}

/** Every option of @grafana/schema's stat panel Options, so Grafana has nothing to fill in. */
const STAT_OPTIONS = {
    reduceOptions: { values: false, calcs: ['lastNotNull'], fields: '' },
    orientation: 'auto',
    text: {},
    textMode: 'value_and_name',
    wideLayout: true,
    colorMode: 'background',
    graphMode: 'none',
    justifyMode: 'auto',
    showPercentChange: false,
    percentChangeColorMode: 'standard'
} as const;

function statPanel(id: number, section: Section, widget: Widget, attainment: AttainmentThresholds, gridPos: Json, sources: GrafanaDatasources, warehouse?: Warehouse): Json {
    const datasource = warehouse ? POSTGRES_DATASOURCE : widget.system ? sources.refOf(widget.system.id) : undefined;
    return {
        type: 'stat',
        id,
        title: widget.title,
        description: describeWidget(section, widget, attainment, sources, warehouse),
        gridPos,
        ...(datasource ? { datasource } : {}),
        targets: warehouse ? postgresTargets(warehouse.persona, widget.id, POSTGRES_DATASOURCE) : QUERIES.map(q => ({ refId: q.refId, ...(datasource ? { datasource } : {}) })),
        fieldConfig: {
            defaults: {
                unit: grafanaUnit(widget.target),
                color: { mode: 'thresholds' },
                thresholds: { mode: 'absolute', steps: thresholdSteps(widget, attainment) },
                mappings: []
            },
            overrides: QUERIES.map(q => ({
                matcher: { id: 'byFrameRefID', options: q.refId },
                properties: [{ id: 'displayName', value: q.name }]
            }))
        },
        options: STAT_OPTIONS
    };
}

function textPanel(id: number, title: string, content: string, gridPos: Json): Json {
    return { type: 'text', id, title, gridPos, options: { mode: 'markdown', content } };
}

function summaryContent(dashboard: Dashboard, attainment: AttainmentThresholds, sources: GrafanaDatasources, systems: SystemRef[], warehouse?: Warehouse): string {
    const { summary } = dashboard;
    const widgets = dashboard.sections.flatMap(s => s.widgets);
    const titleOf = (id: string) => inline(widgets.find(w => w.id === id)?.title ?? id);
    const motionTitle = (id: string) => inline(dashboard.sections.find(s => s.id === id)?.title ?? id);
    const lines = [`**${inline(dashboard.persona.title)}**${dashboard.persona.description ? `: ${inline(dashboard.persona.description)}` : ''}`];
    lines.push(`${plural(summary.motionCount, 'motion')}, ${plural(summary.kpiCount, 'KPI')}. `
        + `Motions without KPIs: ${summary.motionsWithoutKpis.count === 0 ? 'none' : listWords(summary.motionsWithoutKpis.motions.map(motionTitle))}. `
        + `KPIs without a numeric target: ${summary.kpisWithoutTarget.count === 0 ? 'none' : listWords(summary.kpisWithoutTarget.kpis.map(titleOf))}.`);
    lines.push(`Colours show attainment: ${thresholdWords(attainment)}.`);
    if (warehouse) return [...lines, WAREHOUSE_SUMMARY].join('\n\n');
    const inputs = systems.length > 0 ? ` (${systems.map(s => `${code(sources.inputNameOf(s.id)!)} for ${inline(s.id)}`).join(', ')})` : '';
    lines.push(`**To finish this dashboard:** each KPI panel reads from the ${inline(sources.type.pluginName)} data source chosen at import for the system its KPI is measured in${inputs}. `
        + 'Then fill in the three queries of each panel: '
        + `${QUERIES.map(q => `${q.refId} for ${q.scope}`).join(', ')}.`);
    return lines.join('\n\n');
}

/** The motion's criteria and questions as Markdown, with a panel height that fits them; undefined when it has none. */
function asksContent(section: Section): { content: string; height: number } | undefined {
    const parts: string[] = [];
    if (section.criteria) parts.push(`**Requires:**\n\n${section.criteria.map(c => `- ${inline(c)}`).join('\n')}`);
    if (section.questions) parts.push(`**Questions to ask:**\n\n${section.questions.map(q => `- "${inline(q)}"`).join('\n')}`);
    if (parts.length === 0) return undefined;
    const lines = (section.criteria?.length ?? 0) + (section.questions?.length ?? 0) + 2 * parts.length;
    return { content: parts.join('\n\n'), height: Math.min(12, 1 + Math.ceil(lines * 0.75)) };
}

function layout(dashboard: Dashboard, attainment: AttainmentThresholds, sources: GrafanaDatasources, systems: SystemRef[], warehouse?: Warehouse): Json[] {
    const panels: Json[] = [];
    let id = 1;
    let y = 0;
    panels.push(textPanel(id++, 'Summary', summaryContent(dashboard, attainment, sources, systems, warehouse), { h: SUMMARY_HEIGHT, w: GRID_WIDTH, x: 0, y }));
    y += SUMMARY_HEIGHT;
    for (const section of dashboard.sections) {
        const title = `${section.step}. ${section.title}${section.hasKpis ? '' : ' (no KPI yet)'}`;
        panels.push({ type: 'row', id: id++, title, collapsed: false, gridPos: { h: 1, w: GRID_WIDTH, x: 0, y }, panels: [] });
        y += 1;
        const asks = asksContent(section);
        if (asks) {
            panels.push(textPanel(id++, 'Requires and questions', asks.content, { h: asks.height, w: GRID_WIDTH, x: 0, y }));
            y += asks.height;
        }
        if (!section.hasKpis) {
            const goal = section.goal ? ` Goal: ${inline(section.goal)}` : '';
            const content = `**No KPI for this motion yet.**${goal}\n\nAdd a \`kpi\` to motion ${code(section.id)} in the model and generate the dashboard again.`;
            panels.push(textPanel(id++, 'No KPI', content, { h: EMPTY_ROW_HEIGHT, w: GRID_WIDTH, x: 0, y }));
            y += EMPTY_ROW_HEIGHT;
            continue;
        }
        const perLine = GRID_WIDTH / STAT.w;
        section.widgets.forEach((widget, i) => {
            const gridPos = { h: STAT.h, w: STAT.w, x: (i % perLine) * STAT.w, y: y + Math.floor(i / perLine) * STAT.h };
            panels.push(statPanel(id++, section, widget, attainment, gridPos, sources, warehouse));
        });
        y += Math.ceil(section.widgets.length / perLine) * STAT.h;
    }
    return panels;
}

function textbox(name: string, label: string): Json {
    return { type: 'textbox', name, label, query: '', current: { text: '', value: '' }, hide: 0 };
}

/** The systems the dashboard's KPIs are measured in, once each, in order of first use. */
function systemsOf(dashboard: Dashboard): SystemRef[] {
    const systems = new Map<string, SystemRef>();
    for (const widget of dashboard.sections.flatMap(s => s.widgets)) {
        if (widget.system && !systems.has(widget.system.id)) systems.set(widget.system.id, widget.system);
    }
    return [...systems.values()];
}

export interface GrafanaOptions {
    /** The data source plugin the panels read from (default: PostgreSQL). */
    datasourceType?: GrafanaDatasourceType;
    /** `postgres`: every panel queries the warehouse functions of `wpcm generate sql` instead of queries left to fill in. */
    datasource?: GrafanaDatasourceKind;
}

/** The Grafana dashboard for a WPCM dashboard; `slug` is the persona's file-name slug (for the UID). */
export function grafanaDashboard(dashboard: Dashboard, slug: string, options: GrafanaOptions = {}): Json {
    const attainment = { amber: dashboard.attainment.amber.from, green: dashboard.attainment.green.from };
    const systems = systemsOf(dashboard);
    const sources = new GrafanaDatasources(systems, options.datasourceType ?? DEFAULT_DATASOURCE_TYPE);
    const warehouse = options.datasource === 'postgres' ? { persona: dashboard.persona.id } : undefined;
    return {
        __inputs: warehouse ? POSTGRES_INPUTS : sources.inputs(),
        __requires: sources.requires(),
        id: null,
        uid: grafanaUid(`wpcm-${slug}`),
        title: dashboard.persona.title,
        ...(dashboard.persona.description ? { description: dashboard.persona.description } : {}),
        tags: dashboard.persona.model ? ['wpcm', dashboard.persona.model] : ['wpcm'],
        timezone: 'browser',
        editable: true,
        graphTooltip: 0,
        time: { from: 'now-30d', to: 'now' },
        refresh: '',
        schemaVersion: GRAFANA_SCHEMA_VERSION,
        version: 1,
        links: [],
        annotations: { list: [] },
        templating: { list: warehouse ? postgresVariables(warehouse.persona, POSTGRES_DATASOURCE) : [textbox('seller', 'Seller'), textbox('team', 'Team')] },
        panels: layout(dashboard, attainment, sources, systems, warehouse)
    };
}
