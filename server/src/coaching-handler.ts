/**
 * `wpcm/coachingReport`: the coaching report of the active file's model for
 * an actuals CSV (the `wpcm.coaching.actuals` setting), as the HTML page the
 * CLI writes for the persona (systemic misses, team heatmaps). The same
 * reading and numbers as `wpcm coach`.
 */
import { URI } from 'langium';
import { Aggregator } from '../../language/src/coaching/aggregate.js';
import { catalogOf } from '../../language/src/coaching/catalog.js';
import { coachingReport } from '../../language/src/coaching/report.js';
import { coachingPersonaHtml } from '../../language/src/generators/coaching/index.js';
import { modelView } from '../../language/src/generators/model-view.js';
import { assertNoErrors, ModelHasErrors } from '../../language/src/generators/refusal.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { readActuals } from '../../cli/src/coach/read-actuals.js';
import { documentsOfModel } from './model-documents.js';

export const CoachingReportRequest = 'wpcm/coachingReport';

export interface CoachingReportParams {
    /** The model file the command was run on. */
    readonly uri: string;
    /** Absolute path of the actuals CSV. */
    readonly actuals: string;
}

export type CoachingReportResult =
    | { readonly kind: 'report'; readonly html: string; readonly sellers: number }
    | { readonly kind: 'error'; readonly message: string };

export async function coachingReportPage(services: WpcmServices, params: CoachingReportParams): Promise<CoachingReportResult> {
    const documents = documentsOfModel(services, URI.parse(params.uri));
    try {
        assertNoErrors(documents);
        const view = modelView({ documents, attainment: services.wpcm.Settings.attainment });
        const catalog = catalogOf(view);
        const aggregator = new Aggregator(catalog);
        await readActuals(params.actuals, aggregator, { shown: params.actuals, skipInvalid: false });
        const report = coachingReport(catalog, view, aggregator, { attainment: view.attainment });
        const persona = report.personas.find(p => p.sellers.length > 0) ?? report.personas[0];
        if (!persona) return { kind: 'error', message: 'the model has no persona' };
        const html = await coachingPersonaHtml(report, view, persona.id);
        return html ? { kind: 'report', html, sellers: persona.sellers.length } : { kind: 'error', message: 'no report page was generated' };
    } catch (error) {
        // A model with errors, or bad data (file:line:column), as one message for the editor.
        return { kind: 'error', message: error instanceof ModelHasErrors ? error.message : (error as Error).message };
    }
}
