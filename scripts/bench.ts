/**
 * `npm run bench`: the performance budgets (README, Performance), measured.
 * Builds a synthetic 1,000-file workspace (parse only, parse + link, full),
 * re-validates one edited 2,000-line file, times the phrase check and the
 * editor latency over a real stdio connection to the bundled server, and
 * prints a table followed by one JSON line (the last line) for comparing runs.
 */
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildFiles, createWpcmServices } from '@wpcm/language';
import { heapMB, median, percentile, round, timed } from './bench/measure.js';
import { phraseColdStartMs, phraseMicroseconds } from './bench/phrases.js';
import { benchLsp } from './bench-lsp.js';
import { largeFile, syntheticWorkspace } from './bench/synthetic.js';

const FILES = 1000;
const EDITS = 25;
const REPEATS = 5;

const workspace = syntheticWorkspace(FILES);
const lines = workspace.reduce((n, f) => n + f.text.split('\n').length, 0);
let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, heapMB()); };

function services() {
    return createWpcmServices(EmptyFileSystem).Wpcm;
}

async function parseOnly(): Promise<number> {
    const wpcm = services();
    const { ms } = await timed(() => workspace.map(f => wpcm.shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.parse(f.uri))));
    sampleHeap();
    return ms;
}

async function build(validation: boolean) {
    const wpcm = services();
    const { ms, result } = await timed(() => buildFiles(wpcm, workspace, validation));
    sampleHeap();
    return { ms, wpcm, result };
}

function gcIfExposed(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

const cold = await build(true);
const errors = cold.result.flatMap(f => f.diagnostics).filter(d => d.severity === 1);
if (errors.length > 0) throw new Error(`synthetic workspace has ${errors.length} errors, e.g. ${errors[0]!.message}`);
gcIfExposed();

const parseRuns: number[] = [];
const linkRuns: number[] = [];
const fullRuns: number[] = [];
let last: Awaited<ReturnType<typeof build>> | undefined;
for (let i = 0; i < REPEATS; i++) {
    parseRuns.push(await parseOnly());
    gcIfExposed();
    linkRuns.push((await build(false)).ms);
    gcIfExposed();
    last = await build(true);
    fullRuns.push(last.ms);
    if (i < REPEATS - 1) { last = undefined; gcIfExposed(); }
}

// Edit benchmark: replace one file with a 2,000-line one, then type into it.
const wpcm = last!.wpcm;
const editUri = workspace[FILES / 2]!.uri;
let editText = largeFile(FILES / 2, FILES, 2000);
const editLines = editText.split('\n').length;
const documents = wpcm.shared.workspace.TextDocuments!;
let version = 1;
async function applyText(text: string): Promise<number> {
    documents.set(TextDocument.create(editUri, 'wpcm', ++version, text));
    const { ms } = await timed(() => wpcm.shared.workspace.DocumentBuilder.update([URI.parse(editUri)], []));
    return ms;
}
await applyText(editText);
const editRuns: number[] = [];
for (let i = 0; i < EDITS; i++) {
    editText = editText.replace(/target >= (\d+) touches per day/, (_, n: string) => `target >= ${Number(n) + 1} touches per day`);
    editRuns.push(await applyText(editText));
}
const edited = wpcm.shared.workspace.LangiumDocuments.getDocument(URI.parse(editUri))!;
if ((edited.diagnostics ?? []).some(d => d.severity === 1)) throw new Error('the edited file has errors');
sampleHeap();

const phrase = phraseMicroseconds();
const coldStarts = phraseColdStartMs();
const lsp = await benchLsp();

const figures = {
    files: FILES,
    lines,
    coldFullMs: round(cold.ms),
    parseMs: round(median(parseRuns)),
    linkMs: round(median(linkRuns)),
    fullMs: round(median(fullRuns)),
    fullOverParse: round(median(fullRuns) / median(parseRuns), 2),
    linesPerSecond: Math.round(lines / (median(fullRuns) / 1000)),
    peakHeapMB: round(peakHeap),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    editFileLines: editLines,
    editMedianMs: round(median(editRuns)),
    editP95Ms: round(percentile(editRuns, 95)),
    phrases: phrase.phrases,
    phraseUs: round(phrase.us, 2),
    phraseColdMs: round(median(coldStarts)),
    ...lsp
};

const rows: Array<[string, string, string]> = [
    ['workspace', `${figures.files} files, ${figures.lines} lines`, ''],
    ['first full build (cold JIT)', `${figures.coldFullMs} ms`, ''],
    ['parse only', `${figures.parseMs} ms`, `median of ${REPEATS}`],
    ['parse + link', `${figures.linkMs} ms`, `median of ${REPEATS}`],
    ['full (parse + link + validate)', `${figures.fullMs} ms`, `${figures.fullOverParse}x parse (budget 1.5x)`],
    ['throughput', `${figures.linesPerSecond} lines/s`, ''],
    ['peak heap', `${figures.peakHeapMB} MB`, `budget 1024 MB; peak RSS ${figures.peakRssMB} MB`],
    [`edit re-validation (${editLines} lines)`, `${figures.editMedianMs} ms median, ${figures.editP95Ms} ms p95`, `${EDITS} edits, budget 100 ms median`],
    ['phrase check', `${figures.phraseUs} us/phrase`, `${figures.phrases} phrases`],
    ['phrase check cold start', `${figures.phraseColdMs} ms`, 'fresh process, budget 100 ms'],
    ['LSP didChange -> diagnostics', `${figures.lspEditMedianMs} ms median, ${figures.lspEditP95Ms} ms p95`, 'stdio, 2,000-line file, budget 100 ms median'],
    ['LSP start -> first diagnostics', `${figures.lspFirstDiagnosticsMs} ms`, 'spawn to first publishDiagnostics']
];
const width = Math.max(...rows.map(r => r[0].length));
const valueWidth = Math.max(...rows.map(r => r[1].length));
console.log(rows.map(([name, value, note]) => `${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${note}`.trimEnd()).join('\n'));
console.log(JSON.stringify(figures));
