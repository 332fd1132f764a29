/**
 * Robustness figures for `npm run bench`:
 *   - the bundled server's resident memory over 3,000 seeded random edits
 *     (incremental changes to three files, over stdio): at the start, the
 *     peak (sampled every 100 edits) and the end; it should stay flat;
 *   - a full build of one file with 10,000 and with 20,000 duplicate
 *     `system CRM` lines (fastest of three), and their ratio (2.0 is linear).
 * Linux only for the RSS (read from /proc/<pid>/status).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildFiles, createWpcmServices } from '@wpcm/language';
import { spawnServer } from '../../tests/protocol/server-process.js';
import { readExample } from '../../tests/support/workspace.js';
import { seededRandom } from '../../tests/support/seeded-random.js';
import { round, timed } from './measure.js';

const EDITS = 3000;
const SAMPLE_EVERY = 100;
const SNIPPETS = ['system CRM\n', ' supports Close', '"', '{', '}', '\n', 'motion M "Close the deal" {\n    goal "g"\n}\n', 'kpi K "k" { target >= 10 % }\n', '// c\n'];

export interface RobustnessBench {
    serverRssStartMB: number;
    serverRssPeakMB: number;
    serverRssEndMB: number;
    duplicates10kMs: number;
    duplicates20kMs: number;
    duplicates20kOver10k: number;
}

function rssMB(pid: number): number {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
    return Number(line?.replace(/\D+/g, '') ?? Number.NaN) / 1024;
}

async function serverRss(): Promise<{ start: number; peak: number; end: number }> {
    const folder = mkdtempSync(join(tmpdir(), 'wpcm-bench-rss-'));
    const server = spawnServer();
    try {
        const { client } = server;
        await client.initialize(pathToFileURL(folder).toString());
        const next = seededRandom(3000);
        const docs = ['direct-seller.wpcm', 'abc-co.wpcm', 'direct-seller.wpcm'].map((name, i) =>
            TextDocument.create(pathToFileURL(join(folder, `${i}-${name}`)).toString(), 'wpcm', 1, readExample(name)));
        for (const doc of docs) await client.open(doc.uri, doc.getText());
        const settle = async (doc: TextDocument) => client.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
        for (const doc of docs) await settle(doc);
        const pid = server.pid();
        const start = rssMB(pid);
        let peak = start;
        for (let edit = 1; edit <= EDITS; edit++) {
            const i = Math.floor(next() * docs.length);
            const doc = docs[i]!;
            const text = doc.getText();
            const at = Math.floor(next() * (text.length + 1));
            // Insertions and deletions in balance, so the texts keep their size.
            const change = next() < 0.5 || text.length < 200
                ? { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: SNIPPETS[Math.floor(next() * SNIPPETS.length)]! }
                : { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + 12)) }, text: '' };
            docs[i] = TextDocument.update(doc, [change], doc.version + 1);
            await client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: docs[i]!.version }, contentChanges: [change] });
            if (edit % SAMPLE_EVERY === 0) {
                await settle(docs[i]!);
                peak = Math.max(peak, rssMB(pid));
            }
        }
        for (const doc of docs) await settle(doc);
        const end = rssMB(pid);
        return { start, peak: Math.max(peak, end), end };
    } finally {
        await server.client.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

async function duplicatesMs(count: number): Promise<number> {
    const { Wpcm } = createWpcmServices(EmptyFileSystem);
    const text = 'system CRM\n'.repeat(count);
    const { ms, result } = await timed(() => buildFiles(Wpcm, [{ uri: '/bench/duplicates.wpcm', text }]));
    if (result[0]!.diagnostics.length !== count) throw new Error(`expected ${count} duplicate-name findings, got ${result[0]!.diagnostics.length}`);
    return ms;
}

export async function benchRobustness(): Promise<RobustnessBench> {
    const rss = await serverRss();
    await duplicatesMs(2000); // warm-up
    // The fastest of three: the machine is shared, and noise only ever adds time.
    const fastest = async (count: number) => Math.min(...[await duplicatesMs(count), await duplicatesMs(count), await duplicatesMs(count)]);
    const tenK = await fastest(10_000);
    const twentyK = await fastest(20_000);
    return {
        serverRssStartMB: round(rss.start),
        serverRssPeakMB: round(rss.peak),
        serverRssEndMB: round(rss.end),
        duplicates10kMs: round(tenK),
        duplicates20kMs: round(twentyK),
        duplicates20kOver10k: round(twentyK / tenK, 2)
    };
}
