/**
 * The coaching report as files: HTML (default), Markdown or JSON. Pure and
 * deterministic like the other generators: the report in, paths and text out.
 *
 *   index.html | README.md                 personas, window, rows read and used
 *   <persona>/index.html | README.md       systemic misses, team heatmaps
 *   <persona>/<seller>.html | .md          the seller's KPIs, weakest motion, modules, coaches, peers
 *   coaching.json + coaching.schema.json   (json)
 */
import type { CoachingReport } from '../../coaching/report-schema.js';
import { COACHING_SCHEMA_FILE, coachingJsonSchema } from '../../coaching/report-schema.js';
import type { GeneratedFile, StreamedFile } from '../generated-file.js';
import { jsonText, sortFiles } from '../generated-file.js';
import type { ModelView } from '../model-view.js';
import { MotionChart } from './chart.js';
import type { Page } from './content.js';
import { personaPage, sellerPage, topPage } from './content.js';
import { htmlPage, htmlPath } from './html.js';
import { coachingJsonPieces } from './json.js';
import { coachingLayout, coachingNames } from './layout.js';
import { markdownPage, markdownPath } from './markdown.js';

export type CoachingFormat = 'html' | 'md' | 'json';
export const COACHING_FORMATS: readonly CoachingFormat[] = ['html', 'md', 'json'];
export const COACHING_JSON_FILE = 'coaching.json';

/** The JSON report text: validated, `$schema` first, stable two-space JSON. */
export function coachingJson(report: CoachingReport, schemaPath = `./${COACHING_SCHEMA_FILE}`): string {
    return [...coachingJsonPieces(report, schemaPath)].join('');
}

/** The JSON report and its schema, the report's text in pieces (json.ts), in the order of coachingFiles. */
export function coachingJsonFiles(report: CoachingReport): StreamedFile[] {
    return [
        { path: COACHING_JSON_FILE, pieces: coachingJsonPieces(report) },
        { path: COACHING_SCHEMA_FILE, pieces: [jsonText(coachingJsonSchema())] }
    ];
}

export async function coachingFiles(report: CoachingReport, view: ModelView, format: CoachingFormat): Promise<GeneratedFile[]> {
    const files: GeneratedFile[] = [];
    await emitCoachingFiles(report, view, format, file => { files.push(file); });
    return sortFiles(files);
}

/**
 * The files of coachingFiles handed to `emit` one at a time, as each is made
 * (not in path order): a writer of 10,000 seller pages need not hold them all.
 */
export async function emitCoachingFiles(report: CoachingReport, view: ModelView, format: CoachingFormat, emit: (file: GeneratedFile) => void): Promise<void> {
    if (format === 'json') {
        for (const file of coachingJsonFiles(report)) emit({ path: file.path, content: [...file.pieces].join('') });
        return;
    }
    const layout = coachingLayout(report, new Map(view.personas.map(e => [e.persona.name, e.slug])));
    const ctx = { report, layout, names: coachingNames(view) };
    const page = async (content: Page, chart?: MotionChart) => {
        emit(format === 'html'
            ? { path: htmlPath(content.path), content: await htmlPage(content, chart && (bars => chart.svg(bars))) }
            : { path: markdownPath(content.path), content: markdownPage(content) });
    };
    await page(topPage(ctx));
    for (const persona of report.personas) {
        await page(personaPage(ctx, persona));
        const chart = format === 'html' && persona.sellers.length > 0
            ? await MotionChart.create(persona.motions.map(m => `${m.step}. ${m.title}`)) : undefined;
        try {
            for (const seller of persona.sellers) await page(sellerPage(ctx, persona, seller), chart);
        } finally {
            chart?.finalize();
        }
    }
}

/** One persona's index page as HTML (systemic misses, team heatmaps), for the editor's webview. */
export async function coachingPersonaHtml(report: CoachingReport, view: ModelView, personaId: string): Promise<string | undefined> {
    const persona = report.personas.find(p => p.id === personaId);
    if (!persona) return undefined;
    const layout = coachingLayout(report, new Map(view.personas.map(e => [e.persona.name, e.slug])));
    return htmlPage(personaPage({ report, layout, names: coachingNames(view) }, persona), undefined);
}
