/**
 * The WPCM playground: CodeMirror 6 with the WPCM language server running in
 * a Web Worker (squiggles, completion, hover, quick fixes, formatting), the
 * outline and the dashboard preview beside it, updated as you type, and
 * downloads of what the generators make. Everything runs in the page.
 */
import { LSPClient, formatDocument, languageServerExtensions } from '@codemirror/lsp-client';
import { lintGutter, openLintPanel } from '@codemirror/lint';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import type { CoachingFromCsvParams, CoachingFromCsvResult, PreviewParams, PreviewResult } from '@wpcm/language/client';
import { CoachingFromCsvRequest, PreviewRequest, renderDashboard, renderNotice } from '@wpcm/language/client';
import example from '../../examples/direct-seller.wpcm';
import { diagnosticsWithFixes } from './diagnostics.js';
import { generate, GenerateRefused, saveFiles } from './downloads.js';
import { refreshOutline } from './outline.js';
import { forgetModel, loadModel, modelSaver } from './saved-model.js';
import { workerTransport } from './worker-transport.js';
import { wpcmLanguage } from './wpcm-language.js';

const URI = 'file:///playground/direct-seller.wpcm';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLElement>('status');
const preview = element<HTMLElement>('preview');
const outline = element<HTMLElement>('outline');

const client = new LSPClient({
    rootUri: 'file:///playground/',
    // Generators and the coaching report can take a while on large models or CSV files.
    timeout: 60_000,
    notificationHandlers: { 'textDocument/publishDiagnostics': diagnosticsWithFixes(() => scheduleRefresh()) },
    extensions: languageServerExtensions()
}).connect(workerTransport(new Worker('./server-web.js')));

/** Kept across reloads (saved-model.ts); the status line says if the browser refuses. */
const saveModel = modelSaver(message => report(message));

const view = new EditorView({
    doc: loadModel() ?? example,
    parent: element('editor'),
    extensions: [
        basicSetup,
        wpcmLanguage,
        lintGutter(),
        client.plugin(URI, 'wpcm'),
        keymap.of([{ key: 'Shift-Alt-f', run: formatDocument }]),
        // Before CodeMirror's own drop handler, which would insert the file's text into the model.
        EditorView.domEventHandlers({ drop: event => onDrop(event) }),
        EditorView.updateListener.of(update => {
            if (update.docChanged) saveModel(() => update.state.doc.toString());
            else if (update.selectionSet) scheduleRefresh();
        })
    ]
});

let lastGood: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleRefresh(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 50);
}

async function refresh(): Promise<void> {
    client.sync();
    const params: PreviewParams = { uri: URI, offset: view.state.selection.main.head };
    const [result] = await Promise.all([
        client.request<PreviewParams, PreviewResult>(PreviewRequest, params),
        refreshOutline(client, URI, view, outline)
    ]);
    if (result.kind === 'dashboard') {
        lastGood = renderDashboard(result);
        preview.innerHTML = lastGood;
    } else {
        preview.innerHTML = renderNotice(result.message, lastGood);
    }
    document.body.dataset.ready = 'true';
}

function report(message: string): void {
    status.textContent = message;
}

async function download(what: () => Promise<void>): Promise<void> {
    try {
        await what();
        report('');
    } catch (error) {
        report(error instanceof GenerateRefused ? error.message : `Could not generate: ${(error as Error).message}`);
    }
}

element('download-dashboard').addEventListener('click', () => void download(async () => saveFiles('dashboards', await generate(client, URI, 'dashboard', 'wpcm'))));
element('download-grafana').addEventListener('click', () => void download(async () => saveFiles('grafana-dashboards', await generate(client, URI, 'dashboard', 'grafana'))));
element('download-modules').addEventListener('click', () => void download(async () => saveFiles('module-outlines', await generate(client, URI, 'modules'))));
element('download-gaps').addEventListener('click', () => void download(async () => saveFiles('gap-reports', await generate(client, URI, 'gaps'))));

/** The coaching report for a CSV the user picks: read in the page, computed in the worker, nothing leaves the browser. */
const actuals = element<HTMLInputElement>('actuals');
element('coach').addEventListener('click', () => actuals.click());
async function coachFrom(file: File): Promise<void> {
    client.sync();
    const result = await client.request<CoachingFromCsvParams, CoachingFromCsvResult>(CoachingFromCsvRequest, { uri: URI, csv: await file.text(), name: file.name });
    if (result.kind === 'error') throw new GenerateRefused(result.message);
    saveFiles('coaching-report', result.files);
}
actuals.addEventListener('change', () => void download(async () => {
    const file = actuals.files?.[0];
    actuals.value = '';
    if (file) await coachFrom(file);
}));

/** A CSV file among those dropped: the actuals for the coaching report. */
function droppedCsv(data: DataTransfer | null): File | undefined {
    return Array.from(data?.files ?? []).find(file => /\.csv$/i.test(file.name) || file.type === 'text/csv');
}

/**
 * Dropping an actuals CSV gives its coaching report, as the button does.
 * Without this, CodeMirror inserted the dropped file's rows into the model
 * (then kept across reloads), and a file dropped beside the editor made the
 * browser open it in place of the playground.
 */
function onDrop(event: DragEvent): boolean {
    if (!event.dataTransfer?.types.includes('Files')) return false;
    event.preventDefault();
    const file = droppedCsv(event.dataTransfer);
    if (file) void download(() => coachFrom(file));
    else report('Drop an actuals CSV file here for its coaching report; open a model by pasting its text.');
    return true;
}
document.addEventListener('dragover', event => { if (event.dataTransfer?.types.includes('Files')) event.preventDefault(); });
document.addEventListener('drop', event => { if (!event.defaultPrevented) onDrop(event); });

element('format').addEventListener('click', () => { formatDocument(view); view.focus(); });
element('problems').addEventListener('click', () => { openLintPanel(view); });
// One edit (undo brings the model back); the example is stored like any text after it.
element('example').addEventListener('click', () => {
    forgetModel();
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: example } });
    view.focus();
});

await client.initializing;
report('');
