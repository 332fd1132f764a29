/**
 * WPCM dashboard -> Grafana dashboard JSON model, ready for Dashboards >
 * Import. Built from the validated WPCM dashboard, not from the AST, so both
 * formats always show the same sections, KPIs and targets.
 *
 * Layout: a summary text panel, then a row per motion with a stat panel per
 * KPI (three per line). Each stat panel has three queries, A individual
 * (dashboard variable seller), B team (variable team), C company, against a data source whose UID is
 * the name of the system the KPI is measured in; the queries themselves
 * depend on the team's data and are left to fill in (said in the panel
 * description and the summary).
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Dashboard, Section, Widget } from './dashboard-schema.js';
import { grafanaUnit } from './grafana-units.js';
import { thresholdSteps } from './grafana-thresholds.js';
import { code, inline } from '../text/markdown.js';
import { listWords, plural } from '../text/words.js';
import type { GrafanaDatasourceKind } from './grafana-queries.js';
import { POSTGRES_DATASOURCE, POSTGRES_INPUTS, postgresTargets, postgresVariables, WAREHOUSE_QUERIES, WAREHOUSE_SUMMARY } from './grafana-queries.js';

/** The dashboard schema version this model is written for (Grafana 11); newer Grafana migrates it on import. */
export const GRAFANA_SCHEMA_VERSION = 39;

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

function datasourceOf(widget: Widget): Json | undefined {
    return widget.system ? { uid: grafanaUid(widget.system.id) } : undefined;
}

function thresholdWords(attainment: AttainmentThresholds): string {
    return `red below ${attainment.amber} %, amber from ${attainment.amber} %, green from ${attainment.green} % of target`;
}

function describeWidget(section: Section, widget: Widget, attainment: AttainmentThresholds, warehouse?: { persona: string }): string {
    const lines = [`Motion ${section.step}: ${inline(section.title)}.`];
    if (widget.target && widget.attainment) {
        lines.push(`Target: ${inline(widget.target.text)}. Attainment: ${widget.attainment.formula}; ${thresholdWords(attainment)}.`);
    } else {
        const stated = widget.statedTarget ? ` (the model says "${inline(widget.statedTarget)}")` : '';
        lines.push(`No numeric target in the model${stated}: shown without a status colour.`);
    }
    if (widget.counts) lines.push(`Counts: ${inline(widget.counts)}.`);
    lines.push(widget.system
        ? `Measured in ${inline(widget.system.id)} (${inline(widget.system.title)}): data source UID ${code(grafanaUid(widget.system.id))}.`
        : 'The model names no system this KPI is measured in: choose a data source.');
    lines.push(warehouse ? WAREHOUSE_QUERIES : `QUERIES TO FILL IN: ${QUERIES.map(q => `${q.refId} for ${q.scope}`).join(', ')}.`);
    return lines.join('\n\n');
}

function statPanel(id: number, section: Section, widget: Widget, attainment: AttainmentThresholds, gridPos: Json, warehouse?: { persona: string }): Json {
    const datasource = warehouse ? POSTGRES_DATASOURCE : datasourceOf(widget);
    return {
        type: 'stat',
        id,
        title: widget.title,
        description: describeWidget(section, widget, attainment, warehouse),
        gridPos,
        ...(datasource ? { datasource } : {}),
        targets: warehouse ? postgresTargets(warehouse.persona, widget.id, datasource) : QUERIES.map(q => ({ refId: q.refId, ...(datasource ? { datasource } : {}) })),
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
        options: {
            reduceOptions: { values: false, calcs: ['lastNotNull'], fields: '' },
            orientation: 'auto',
            textMode: 'value_and_name',
            colorMode: 'background',
            graphMode: 'none',
            justifyMode: 'auto'
        }
    };
}

function textPanel(id: number, title: string, content: string, gridPos: Json): Json {
    return { type: 'text', id, title, gridPos, options: { mode: 'markdown', content } };
}

function summaryContent(dashboard: Dashboard, attainment: AttainmentThresholds, systems: string[], warehouse?: { persona: string }): string {
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
    const sources = systems.length > 0 ? ` (${systems.map(s => code(grafanaUid(s))).join(', ')})` : '';
    lines.push(`**To finish this dashboard:** each KPI panel reads from a data source whose UID is the system its KPI is measured in${sources}. `
        + 'Create data sources with these UIDs or point the panels at yours, then fill in the three queries of each panel: '
        + `${QUERIES.map(q => `${q.refId} for ${q.scope}`).join(', ')}.`);
    return lines.join('\n\n');
}

function layout(dashboard: Dashboard, attainment: AttainmentThresholds, systems: string[], warehouse?: { persona: string }): Json[] {
    const panels: Json[] = [];
    let id = 1;
    let y = 0;
    panels.push(textPanel(id++, 'Summary', summaryContent(dashboard, attainment, systems, warehouse), { h: SUMMARY_HEIGHT, w: GRID_WIDTH, x: 0, y }));
    y += SUMMARY_HEIGHT;
    for (const section of dashboard.sections) {
        const title = `${section.step}. ${section.title}${section.hasKpis ? '' : ' (no KPI yet)'}`;
        panels.push({ type: 'row', id: id++, title, collapsed: false, gridPos: { h: 1, w: GRID_WIDTH, x: 0, y }, panels: [] });
        y += 1;
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
            panels.push(statPanel(id++, section, widget, attainment, gridPos, warehouse));
        });
        y += Math.ceil(section.widgets.length / perLine) * STAT.h;
    }
    return panels;
}

function textbox(name: string, label: string): Json {
    return { type: 'textbox', name, label, query: '', current: { text: '', value: '' }, hide: 0 };
}

/** The Grafana dashboard for a WPCM dashboard; `slug` is the persona's file-name slug (for the UID). */
export function grafanaDashboard(dashboard: Dashboard, slug: string, datasource?: GrafanaDatasourceKind): Json {
    const warehouse = datasource === 'postgres' ? { persona: dashboard.persona.id } : undefined;
    const attainment = { amber: dashboard.attainment.amber.from, green: dashboard.attainment.green.from };
    const systems = [...new Set(dashboard.sections.flatMap(s => s.widgets).flatMap(w => (w.system ? [w.system.id] : [])))];
    return {
        ...(warehouse ? { __inputs: POSTGRES_INPUTS } : {}),
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
        panels: layout(dashboard, attainment, systems, warehouse)
    };
}
