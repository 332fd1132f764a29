/**
 * Coaching in the editor, from an actuals CSV on disk (the
 * `wpcm.coaching.actuals` setting): `wpcm/coachingReport` renders the HTML
 * page `wpcm coach` writes for the persona, and the dashboard preview shows
 * the sellers' medians beside each target. The same reading and numbers as
 * the CLI. Platform neutral: reading files is the `ActualsFiles` a platform
 * passes (main.ts on Node); without one the preview says why it has none.
 */
import { URI } from 'langium';
import type { Catalog, CoachingReport, CoachingReportParams, CoachingReportResult, KpiName, ModelView, PreviewActuals, ReportOptions, Source, WpcmServices } from '@wpcm/language';
import { Aggregator, assertNoErrors, catalogOf, coachingPersonaHtml, coachingReport, documentsOfModel, ModelHasErrors, modelView, previewActuals, sourceNamed } from '@wpcm/language';

/** How a platform reads actuals files. */
export interface ActualsFiles {
    /** Changes whenever the file does (modification time and size, say); throws when the file cannot be read. */
    version(path: string): Promise<string>;
    /**
     * Adds every row of the file (through the mapping `source`, if any) to the
     * aggregator, whose catalog has the KPI `names`; throws with
     * file:line:column for bad data.
     */
    read(path: string, aggregator: Aggregator, how: { source: Source | undefined; names: readonly KpiName[] }): Promise<void>;
}

/**
 * The aggregation only depends on which KPI names each persona declares (the
 * rows' KPI resolution and the sums' indexes): a preview re-rendered on every
 * keystroke reuses the last one while neither the file nor those names change.
 */
function catalogKey(catalog: Catalog): string {
    return JSON.stringify(catalog.personas.map(p => [p.id, p.title, p.kpis.map(k => k.id)]));
}

/**
 * The model of `uri` as coaching needs it, refused when it has errors, and
 * the report options in force (attainment thresholds and working days from
 * the project's config), so the editor's numbers are the CLI's.
 */
export function coachingModelOf(services: WpcmServices, uri: string): { view: ModelView; catalog: Catalog; options: ReportOptions } {
    const documents = documentsOfModel(services.shared, URI.parse(uri));
    assertNoErrors(documents);
    const settings = services.wpcm.Settings;
    const view = modelView({ documents, attainment: settings.attainment });
    return { view, catalog: catalogOf(view), options: { attainment: view.attainment, workingDays: settings.workingDays } };
}

/** Which actuals file, read how: the setting `wpcm.coaching.actuals` and, for a CRM export, `wpcm.coaching.source`. */
export interface ActualsRef {
    path: string;
    /** A name in the config's `coaching.sources`; the canonical layout when absent. */
    source?: string | undefined;
}

export class ActualsReports {
    private last: { key: string; aggregator: Aggregator } | undefined;

    constructor(private readonly files: ActualsFiles) {}

    /** The coaching report of the model of `uri` for the actuals `ref` names. */
    async report(services: WpcmServices, uri: string, ref: ActualsRef): Promise<{ report: CoachingReport; view: ModelView }> {
        const { view, catalog, options } = coachingModelOf(services, uri);
        const source: Source | undefined = ref.source ? sourceNamed(services.wpcm.Settings.sources, ref.source) : undefined;
        const key = [ref.path, await this.files.version(ref.path), JSON.stringify(source ?? null), catalogKey(catalog)].join('\n');
        let aggregator = this.last?.key === key ? this.last.aggregator : undefined;
        if (!aggregator) {
            this.last = undefined;
            aggregator = new Aggregator(catalog);
            await this.files.read(ref.path, aggregator, { source, names: catalog.names });
            this.last = { key, aggregator };
        }
        return { report: coachingReport(catalog, view, aggregator, { ...options, source: ref.source }), view };
    }
}

/** A model with errors, or bad data (file:line:column), as one message for the editor. */
function messageOf(error: unknown): string {
    return error instanceof ModelHasErrors ? error.message : (error as Error).message;
}

export async function coachingReportPage(services: WpcmServices, reports: ActualsReports, params: CoachingReportParams): Promise<CoachingReportResult> {
    try {
        const { report, view } = await reports.report(services, params.uri, { path: params.actuals, source: params.actualsSource });
        const persona = report.personas.find(p => p.sellers.length > 0) ?? report.personas[0];
        if (!persona) return { kind: 'error', message: 'the model has no persona' };
        const html = await coachingPersonaHtml(report, view, persona.id);
        return html ? { kind: 'report', html, sellers: persona.sellers.length } : { kind: 'error', message: 'no report page was generated' };
    } catch (error) {
        return { kind: 'error', message: messageOf(error) };
    }
}

/** The preview's view of the actuals for one persona; never throws, so the dashboard always shows. */
export async function actualsForPreview(services: WpcmServices, reports: ActualsReports | undefined, uri: string, ref: ActualsRef, personaId: string): Promise<PreviewActuals> {
    if (!reports) return { kind: 'error', file: ref.path, message: 'actuals files can be read by the desktop language server only' };
    try {
        const { report } = await reports.report(services, uri, ref);
        return previewActuals(report, personaId, ref.path);
    } catch (error) {
        return { kind: 'error', file: ref.path, message: messageOf(error) };
    }
}
