/**
 * `wpcm/coachingReport`: the coaching report of the active file's model for
 * an actuals CSV (the `wpcm.coaching.actuals` setting), as the HTML page the
 * CLI writes for the persona (systemic misses, team heatmaps). The same
 * reading and numbers as `wpcm coach`. Node only (it reads a file from
 * disk): main.ts registers it, the Web Worker server does not.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { CoachingReportParams, CoachingReportResult, WpcmServices } from '@wpcm/language';
import { CoachingReportRequest } from '@wpcm/language';
import { whenBuiltIn } from './requests.js';
import { Aggregator, assertNoErrors, documentsOfModel, catalogOf, coachingPersonaHtml, coachingReport, ModelHasErrors, modelView } from '@wpcm/language';
import { URI } from 'langium';
import { readActuals } from '../../cli/src/coach/read-actuals.js';

export async function coachingReportPage(services: WpcmServices, params: CoachingReportParams): Promise<CoachingReportResult> {
    const documents = documentsOfModel(services.shared, URI.parse(params.uri));
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

export function registerCoachingRequest(connection: Connection, shared: LangiumSharedServices, services: WpcmServices): void {
    const whenBuilt = whenBuiltIn(shared);
    connection.onRequest(CoachingReportRequest, (params: CoachingReportParams, token): Promise<CoachingReportResult> =>
        whenBuilt(token, () => coachingReportPage(services, params)));
}
