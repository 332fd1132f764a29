/**
 * `wpcm generate gaps`: one report per gap plus an index, as HTML
 * (default), Markdown or JSON. Pure like the other generators: it refuses a
 * model with errors (ModelHasErrors) and returns files; the writers write
 * them atomically. Every report is validated by the zod schema first.
 *
 *   html: <gap>.html, index.html
 *   md:   <gap>.md, README.md
 *   json: <gap>.json, index.json, gaps.schema.json
 */
import type { Gap } from '../../generated/ast.js';
import { isModelHeader } from '../../generated/ast.js';
import type { Document } from '../../generated/ast.js';
import { AstUtils } from 'langium';
import { analyzeGap } from '../../model/gaps.js';
import type { GeneratedFile } from '../generated-file.js';
import { jsonText, sortFiles } from '../generated-file.js';
import type { GeneratorInput } from '../model-view.js';
import { modelView } from '../model-view.js';
import { assertNoErrors } from '../refusal.js';
import { gapHtml, indexHtml } from './html.js';
import { gapMarkdown, indexMarkdown } from './markdown.js';
import type { GapReportFormat } from './paths.js';
import { GAP_INDEX_FILE, gapReportPaths } from './paths.js';
import { gapReportData } from './report-data.js';
import type { GapIndex, GapReport } from './schema.js';
import { GAPS_FORMAT_VERSION, GAPS_SCHEMA_FILE, gapsJsonSchema, validateGapsFile } from './schema.js';

export type { GapReportFormat } from './paths.js';
export { GAP_INDEX_FILE, GAP_REPORT_FORMATS, gapReportPath, gapReportPaths } from './paths.js';
export type { GapIndex, GapReport } from './schema.js';
export { GAPS_SCHEMA_FILE, GapsFileSchema, gapsJsonSchema } from './schema.js';

function modelOf(gap: Gap): string | undefined {
    return (AstUtils.findRootNode(gap) as Document).elements.find(isModelHeader)?.title;
}

/** The validated report data of every gap, in model-view order, with its path. */
export function gapReports(input: GeneratorInput, format: GapReportFormat = 'json'): Array<{ gap: Gap; path: string; report: GapReport }> {
    assertNoErrors(input.documents);
    const gaps = modelView(input).gaps;
    const paths = gapReportPaths(gaps, format);
    return gaps.map(gap => ({ gap, path: paths.get(gap)!, report: validateGapsFile(gapReportData(gap, modelOf(gap), analyzeGap(gap))) }));
}

export function generateGaps(input: GeneratorInput, format: GapReportFormat = 'html'): GeneratedFile[] {
    const reports = gapReports(input, format);
    if (reports.length === 0) return [];
    const index: GapIndex = validateGapsFile({
        $schema: `./${GAPS_SCHEMA_FILE}`, kind: 'gap-index', version: GAPS_FORMAT_VERSION,
        gaps: reports.map(({ report, path }) => ({
            id: report.id, title: report.title, model: report.model, path,
            openCauses: report.causes.filter(c => !c.addressed).length,
            misfits: report.interventions.filter(i => i.misfit).length
        }))
    });
    const render = format === 'html' ? { gap: gapHtml, index: indexHtml }
        : format === 'md' ? { gap: gapMarkdown, index: indexMarkdown }
            : { gap: jsonText as (r: GapReport) => string, index: jsonText as (i: GapIndex) => string };
    const files: GeneratedFile[] = reports.map(({ report, path }) => ({ path, content: render.gap(report) }));
    files.push({ path: GAP_INDEX_FILE[format], content: render.index(index) });
    if (format === 'json') files.push({ path: GAPS_SCHEMA_FILE, content: jsonText(gapsJsonSchema()) });
    return sortFiles(files);
}
