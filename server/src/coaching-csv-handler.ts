/**
 * `wpcm/coachingFromCsv`: the coaching report of a model for actuals sent as
 * CSV text (canonical layout), for clients without a file system such as the
 * browser playground. The same numbers and pages as `wpcm coach --format
 * html`; a bad row is reported as `actuals.csv:line:column` like the CLI does.
 * Platform neutral: the Node server and the Web Worker both register it.
 */
import Papa from 'papaparse';
import type { CoachingFromCsvParams, CoachingFromCsvResult, WpcmServices } from '@wpcm/language';
import { addObservation, Aggregator, canonicalColumns, canonicalObservation, coachingFiles, coachingReport, fieldColumn, ModelHasErrors, RowProblem } from '@wpcm/language';
import { coachingModelOf } from './coaching-handler.js';

const SHOWN = 'actuals.csv';

export async function coachingFromCsv(services: WpcmServices, params: CoachingFromCsvParams): Promise<CoachingFromCsvResult> {
    try {
        const { view, catalog, options } = coachingModelOf(services, params.uri);
        const aggregator = new Aggregator(catalog);
        const rows = Papa.parse<string[]>(params.csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
        if (rows.length === 0) return { kind: 'error', message: `${SHOWN}: the file is empty; it needs a header row (date, seller, team, kpi, value)` };
        let line = 1;
        try {
            const columns = canonicalColumns(rows[0]!);
            for (line = 2; line <= rows.length; line++) {
                addObservation(aggregator, canonicalObservation(rows[line - 1]!, columns));
            }
        } catch (error) {
            if (!(error instanceof RowProblem)) throw error;
            const row = rows[line - 1] ?? [];
            return { kind: 'error', message: `${SHOWN}:${line}:${fieldColumn(row, error.field)}: ${error.message}` };
        }
        const report = coachingReport(catalog, view, aggregator, options);
        const files = await coachingFiles(report, view, 'html');
        return { kind: 'files', files, sellers: report.personas.reduce((n, p) => n + p.sellers.length, 0) };
    } catch (error) {
        return { kind: 'error', message: error instanceof ModelHasErrors ? error.message : (error as Error).message };
    }
}
