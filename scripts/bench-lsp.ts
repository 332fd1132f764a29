/**
 * Editor latency over the real protocol: a stdio connection to the bundled
 * server (out/server.cjs, as editors run it), measuring
 *   - start to first diagnostics: from spawning the server to the first
 *     publishDiagnostics for an opened 2,000-line file;
 *   - edit to diagnostics: from a didChange on that file to the
 *     publishDiagnostics that reflects it (median and p95 over 25 edits,
 *     after warm-up; target: median under 100 ms).
 * `npm run bench` imports benchLsp(); `npx tsx scripts/bench-lsp.ts` prints
 * a table and a JSON line.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Published } from '../tests/lsp/lsp-client.js';
import { LspTestClient } from '../tests/lsp/lsp-client.js';
import { median, percentile, round } from './bench/measure.js';
import { largeFile } from './bench/synthetic.js';

const SERVER = fileURLToPath(new URL('../out/server.cjs', import.meta.url));
const LINES = 2000;
const WARM_UP = 5;
const EDITS = 25;
const TIMEOUT_MS = 30_000;

export interface LspBench {
    lspEditMedianMs: number;
    lspEditP95Ms: number;
    lspFirstDiagnosticsMs: number;
}

const WITH_PERIOD = 'target >= 5 touches per day';
const WITHOUT_PERIOD = 'target >= 5 touches';

/** The edited line toggles between a target with and without a period, so each edit changes the findings. */
function hasPeriodFinding(published: Published): boolean {
    return published.diagnostics.some(d => d.code === 'kpi-target-no-period');
}

export async function benchLsp(): Promise<LspBench> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const text = largeFile(0, 1, LINES);
    const lines = text.split('\n');
    const editLine = lines.findIndex(line => line.trim() === WITH_PERIOD);
    if (editLine < 0 || lines.length < LINES) throw new Error(`the synthetic file has ${lines.length} lines and no "${WITH_PERIOD}" line`);
    const indent = lines[editLine]!.indexOf('target');

    const folder = mkdtempSync(join(tmpdir(), 'wpcm-bench-lsp-'));
    const path = join(folder, 'large.wpcm');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();
    const started = performance.now();
    const client = LspTestClient.spawn(SERVER);
    try {
        await client.initialize(pathToFileURL(folder).toString());
        await client.open(uri, text);
        const first = await client.diagnostics(uri, () => true, TIMEOUT_MS);
        const lspFirstDiagnosticsMs = first.at - started;
        if (hasPeriodFinding(first)) throw new Error('unexpected kpi-target-no-period finding before the first edit');

        const samples: number[] = [];
        let version = 1;
        let current = WITH_PERIOD;
        for (let i = 0; i < WARM_UP + EDITS; i++) {
            const next = current === WITH_PERIOD ? WITHOUT_PERIOD : WITH_PERIOD;
            const range = { start: { line: editLine, character: indent }, end: { line: editLine, character: indent + current.length } };
            const expectFinding = next === WITHOUT_PERIOD;
            const published = client.nextDiagnostics(uri, p => hasPeriodFinding(p) === expectFinding, TIMEOUT_MS);
            const sent = performance.now();
            await client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: next }] });
            const result = await published;
            if (i >= WARM_UP) samples.push(result.at - sent);
            current = next;
        }
        return {
            lspEditMedianMs: round(median(samples)),
            lspEditP95Ms: round(percentile(samples, 95)),
            lspFirstDiagnosticsMs: round(lspFirstDiagnosticsMs)
        };
    } finally {
        await client.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

function printTable(result: LspBench): void {
    const rows: Array<[string, string]> = [
        ['server start → first diagnostics', `${result.lspFirstDiagnosticsMs} ms`],
        [`didChange → diagnostics, median (${EDITS} edits, ${LINES} lines)`, `${result.lspEditMedianMs} ms (target < 100 ms)`],
        ['didChange → diagnostics, p95', `${result.lspEditP95Ms} ms`]
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log('LSP latency over stdio (out/server.cjs)');
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const result = await benchLsp();
    printTable(result);
    console.log(JSON.stringify(result));
}
