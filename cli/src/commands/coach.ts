/**
 * `wpcm coach <models> --actuals FILE`: reads KPI actuals (streamed, any
 * size), computes each seller's actual and attainment per KPI against the
 * model's targets, and writes the coaching report (HTML, Markdown or JSON).
 * The numbers come from language/src/coaching; this file only does I/O.
 */
import type { CoachingFormat, CoachingReport, WpcmConfig } from '@wpcm/language';
import { Aggregator, catalogOf, COACHING_FORMATS, coachingJson, coachingJsonFiles, coachingReport, emitCoachingFiles, dayNumber, modelView, ReportOverflow, sourceNamed } from '@wpcm/language';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import { splitMinBytes } from '../coach/file-blocks.js';
import { startBlockReaders } from '../coach/read-in-blocks.js';
import { readActuals } from '../coach/read-actuals.js';
import { sourceReader } from '../coach/source-reader.js';
import { loadConfig } from '../config.js';
import { CliError, EXIT_OK } from '../errors.js';
import { displayPath } from '../findings.js';
import { writeAsMade, writeFiles } from '../output/write-files.js';
import { loadWorkspace } from '../workspace.js';
import { inputOf, refuseIfErrors } from './generate.js';

export const DEFAULT_COACHING_OUT = 'generated/coaching';

export interface CoachValues {
    readonly actuals?: string | undefined;
    readonly from?: string | undefined;
    readonly to?: string | undefined;
    readonly format?: string | undefined;
    readonly out?: string | undefined;
    readonly stdout?: boolean | undefined;
    readonly 'skip-invalid'?: boolean | undefined;
    readonly source?: string | undefined;
    readonly config?: string | undefined;
}

export interface CoachIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd?: string;
    /** A progress sink (a terminal's stderr); the CLI entry passes one only when stderr is a TTY. */
    progress?: (text: string) => void;
}

/** Threads that read a large actuals file: min(cores, 4), or WPCM_THREADS (1 reads on the main thread only). */
export function readThreads(env: NodeJS.ProcessEnv = process.env): number {
    const wanted = Number(env.WPCM_THREADS);
    return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 4) : Math.min(availableParallelism(), 4);
}

function dateOption(option: string, value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const day = dayNumber(value);
    if (day === undefined) throw new CliError(`coach: --${option} must be a date in the form YYYY-MM-DD (got '${value}')`);
    return day;
}

function sourceOf(config: WpcmConfig | undefined, name: string | undefined) {
    if (name === undefined) return undefined;
    try {
        return sourceNamed(config?.coaching?.sources, name);
    } catch (error) {
        throw new CliError(`coach: ${(error as Error).message}`);
    }
}

/** The report, or a CliError for actuals whose sums overflow (ReportOverflow says which seller and KPI). */
function reportOf(make: () => CoachingReport): CoachingReport {
    try {
        return make();
    } catch (error) {
        if (error instanceof ReportOverflow) throw new CliError(`coach: ${error.message}`);
        throw error;
    }
}

export async function runCoach(paths: readonly string[], values: CoachValues, io: CoachIo): Promise<number> {
    if (paths.length === 0) throw new CliError('coach: name at least one .wpcm file or folder');
    if (!values.actuals) throw new CliError('coach: say where the actuals are: --actuals FILE (CSV)');
    const format = (values.format ?? 'html') as CoachingFormat;
    if (!COACHING_FORMATS.includes(format)) throw new CliError(`--format must be one of ${COACHING_FORMATS.join(', ')} (got '${values.format}')`);
    if (values.stdout && format !== 'json') throw new CliError('coach: --stdout prints the JSON report; use it with --format json');
    if (values.stdout && values.out !== undefined) throw new CliError('coach: --stdout prints instead of writing, so it does not take --out');
    if (values.out === '') throw new CliError('coach: --out needs a folder');
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (from !== undefined && to !== undefined && to < from) throw new CliError(`coach: --to ${values.to} is before --from ${values.from}`);
    const cwd = io.cwd ?? process.cwd();
    const config = loadConfig(values.config, io.cwd);
    const source = sourceOf(config, values.source);
    const actualsPath = resolve(cwd, values.actuals);
    // A large canonical file is read on several threads: started now, the workers load while the model is read.
    const minBytes = splitMinBytes();
    const large = (statSync(actualsPath, { throwIfNoEntry: false })?.size ?? 0) >= minBytes;
    const threads = readThreads();
    const readers = large && !source ? startBlockReaders(threads) : undefined;
    try {
        const workspace = await loadWorkspace(paths, config, cwd);
        const refused = refuseIfErrors(workspace, io);
        if (refused !== undefined) return refused;

        const view = modelView(inputOf(workspace));
        const catalog = catalogOf(view);
        const aggregator = new Aggregator(catalog, { from, to });
        const shown = displayPath(actualsPath, cwd);
        const { skippedExamples } = await readActuals(actualsPath, aggregator, {
            shown,
            skipInvalid: values['skip-invalid'] ?? false,
            ...(source ? { reader: sourceReader(source) } : {}),
            progress: io.progress,
            split: { threads, readers, minBytes, names: catalog.names, window: { from, to } }
        });
        const report: CoachingReport = reportOf(() => coachingReport(catalog, view, aggregator, {
            attainment: view.attainment,
            ...(config?.coaching?.workingDays ? { workingDays: config.coaching.workingDays } : {}),
            from, to, source: values.source
        }));
        if (aggregator.rows.skipped > 0) {
            report.warnings.push(`skipped ${aggregator.rows.skipped} invalid row${aggregator.rows.skipped === 1 ? '' : 's'}; first: ${skippedExamples.join('; ')}`);
        }
        for (const warning of report.warnings) io.stderr(`wpcm: warning: ${warning}\n`);
        if (values.stdout) {
            io.stdout(coachingJson(report));
            return EXIT_OK;
        }
        const out = resolve(cwd, values.out ?? DEFAULT_COACHING_OUT);
        const show = (path: string) => displayPath(path, cwd);
        // The JSON report is written a seller at a time, never held as one string of tens of MB;
        // HTML and Markdown pages are written as each is made, never all held at once.
        // A page per seller: per-file fsync would cost minutes on 10,000 pages; the renames still keep every file whole.
        const sellers = report.personas.reduce((n, p) => n + p.sellers.length, 0);
        const pages = 1 + report.personas.length + sellers;
        const written = format === 'json'
            ? writeFiles(out, coachingJsonFiles(report), { show })
            : await writeAsMade(out, { show, fsync: pages <= 100 }, emit => emitCoachingFiles(report, view, format, emit));
        io.stdout(`Coaching report for ${sellers} seller${sellers === 1 ? '' : 's'} (${report.rows.used} of ${report.rows.read} rows used): ${written.length} files written to ${show(out)}.\n`);
    } finally {
        readers?.close();
    }
    return EXIT_OK;
}
