/**
 * The generators' public API: a built workspace in, files (relative paths and
 * text) out. Pure and deterministic: no file system, no clock, stable order,
 * so the CLI, the language server and a browser all get the same bytes.
 * Every entry point refuses a model with errors (ModelHasErrors).
 *
 * Dashboards (`--out` folder):
 *   <persona>.dashboard.json   WPCM format, validated by DashboardSchema
 *   dashboard.schema.json      the JSON Schema each dashboard names in `$schema`
 *   <persona>.grafana.json     Grafana format
 * Modules:
 *   <persona>/README.md        index of the persona's modules by motion
 *   <persona>/<competency>.md  one outline per competency
 *   shared/...                 modules that belong to no single persona
 *   README.md                  model overview: organization, personas, gaps that affect no persona
 */
import { dashboardOf } from './dashboard.js';
import type { Dashboard } from './dashboard-schema.js';
import { DASHBOARD_SCHEMA_FILE, dashboardJsonSchema } from './dashboard-schema.js';
import type { GeneratedFile } from './generated-file.js';
import { compareText, jsonText, sortFiles } from './generated-file.js';
import { grafanaDashboard } from './grafana.js';
import type { GrafanaDatasourceKind } from './grafana-queries.js';
import type { GeneratorInput, PersonaEntry } from './model-view.js';
import { modelView, SHARED_FOLDER } from './model-view.js';
import { personaIndex, sharedIndex } from './module-index.js';
import { INDEX_FILE, moduleLayout } from './module-layout.js';
import { moduleOutline } from './module-outline.js';
import { modelOverview } from './model-overview.js';
import { assertNoErrors } from './refusal.js';
import type { GenerateTarget } from './targets.js';
import type { GapReportFormat } from './gaps/index.js';
import { generateGaps } from './gaps/index.js';

export type { Dashboard } from './dashboard-schema.js';
export { DashboardSchema, DASHBOARD_SCHEMA_FILE, dashboardJsonSchema, validateDashboard } from './dashboard-schema.js';
export type { GeneratedFile } from './generated-file.js';
export type { GeneratorInput } from './model-view.js';
export { countErrors, ModelHasErrors } from './refusal.js';
export { slugify } from './slug.js';
export type { GrafanaDatasourceKind } from './grafana-queries.js';
export { GRAFANA_DATASOURCES } from './grafana-queries.js';

export type DashboardFormat = 'wpcm' | 'grafana';
export const DASHBOARD_FORMATS: readonly DashboardFormat[] = ['wpcm', 'grafana'];

interface Rendered {
    path: string;
    data: unknown;
}

function renderDashboards(input: GeneratorInput, format: DashboardFormat, datasource?: GrafanaDatasourceKind): Rendered[] {
    assertNoErrors(input.documents);
    const view = modelView(input);
    const dashboards: Array<{ entry: PersonaEntry; dashboard: Dashboard }> =
        view.personas.map(entry => ({ entry, dashboard: dashboardOf(entry, view.attainment) }));
    return dashboards.map(({ entry, dashboard }) => format === 'grafana'
        ? { path: `${entry.slug}.grafana.json`, data: grafanaDashboard(dashboard, entry.slug, datasource ? { datasource } : {}) }
        : { path: `${entry.slug}.dashboard.json`, data: dashboard });
}

/** One dashboard file per persona; the WPCM format also gets its JSON Schema beside it. */
export function generateDashboards(input: GeneratorInput, format: DashboardFormat = 'wpcm', datasource?: GrafanaDatasourceKind): GeneratedFile[] {
    const rendered = renderDashboards(input, format, datasource);
    const files = rendered.map(r => ({ path: r.path, content: jsonText(r.data) }));
    if (format === 'wpcm' && files.length > 0) files.push({ path: DASHBOARD_SCHEMA_FILE, content: jsonText(dashboardJsonSchema()) });
    return sortFiles(files);
}

/**
 * All dashboards as one JSON array (for `--stdout`), in the order of their file names.
 * Without `$schema`: it names the schema file written beside the dashboards, and here none is.
 */
export function dashboardsAsJson(input: GeneratorInput, format: DashboardFormat = 'wpcm', datasource?: GrafanaDatasourceKind): string {
    const rendered = renderDashboards(input, format, datasource).sort((a, b) => compareText(a.path, b.path));
    return jsonText(rendered.map(r => withoutSchemaFile(r.data)));
}

function withoutSchemaFile(data: unknown): unknown {
    if (!data || typeof data !== 'object' || !('$schema' in data)) return data;
    const { $schema: _written, ...rest } = data as Record<string, unknown>;
    return rest;
}

/** One outline per competency and an index per persona (plus shared/README.md when needed). */
export function generateModules(input: GeneratorInput): GeneratedFile[] {
    assertNoErrors(input.documents);
    const view = modelView(input);
    const layout = moduleLayout(view);
    const files: GeneratedFile[] = layout.modules.map(m => ({ path: m.path, content: moduleOutline(m.competency, view) }));
    for (const entry of view.personas) files.push({ path: `${entry.slug}/${INDEX_FILE}`, content: personaIndex(entry, view, layout) });
    const shared = sharedIndex(view, layout);
    if (shared) files.push({ path: `${SHARED_FOLDER}/${INDEX_FILE}`, content: shared });
    if (files.length > 0 || view.organizations.length > 0 || view.gaps.length > 0) files.push({ path: INDEX_FILE, content: modelOverview(view, layout) });
    return sortFiles(files);
}

export interface GenerateOptions {
    /** Dashboards only; `wpcm` by default. */
    readonly format?: DashboardFormat;
    /** Gap reports only; `html` by default. */
    readonly gapFormat?: GapReportFormat;
    /** Grafana dashboards only: real queries against the functions of `wpcm generate sql`. */
    readonly datasource?: GrafanaDatasourceKind;
}

/** The files of a target (see targets.ts); throws ModelHasErrors for a model with errors. */
export function generateTarget(target: GenerateTarget, input: GeneratorInput, options: GenerateOptions = {}): GeneratedFile[] {
    switch (target) {
        case 'dashboard': return generateDashboards(input, options.format ?? 'wpcm', options.datasource);
        case 'modules': return generateModules(input);
        case 'gaps': return generateGaps(input, options.gapFormat ?? 'html');
    }
}
