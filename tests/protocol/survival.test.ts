/**
 * The defects of issue 8 that a client could hit, each through a real stdio
 * connection to the bundled server: the server must stay up, answer every
 * request with a result or a proper JSON-RPC error, and keep its findings in
 * step with every file, open or not.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Published } from '../lsp/lsp-client.js';
import type { ServerProcess } from './server-process.js';
import { outcome, spawnServer } from './server-process.js';

// Spawned processes and megabyte inputs: generous bounds, so a loaded machine does not fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let folder: string;
let server: ServerProcess;
const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
const codes = (p: Published) => p.diagnostics.map(d => String(d.code)).sort();
const has = (code: string) => (p: Published) => codes(p).includes(code);
const lacks = (code: string) => (p: Published) => !codes(p).includes(code);

beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-protocol-'));
    server = spawnServer();
    await server.client.initialize(pathToFileURL(folder).toString());
});

afterEach(async () => {
    await server.client.close();
    rmSync(folder, { recursive: true, force: true });
});

const MOTION = (name: string, header = 'model "M"\n') => `${header}persona P "P" {\n    motion ${name} "Close the deal" {\n        goal "g"\n    }\n}\n`;
const SUPPORTER = (name: string, header = 'model "M"\n') => `${header}competency C "Closing" {\n    supports ${name}\n    value "v"\n}\n`;

describe('the server stays up', { timeout: 120_000 }, () => {
    it('after an untitled document (no .wpcm extension) is closed and another file opened', async () => {
        const { client } = server;
        await client.open('untitled:Untitled-1', 'system CRM\n');
        await client.diagnostics('untitled:Untitled-1');
        await client.notify('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } });
        const uri = uriOf('a.wpcm');
        await client.open(uri, 'system CRM\nsystem CRM\n');
        const published = await client.diagnostics(uri, p => p.diagnostics.length > 0, 10_000);
        expect(codes(published)).toEqual(['duplicate-name', 'duplicate-name']);
        expect(await outcome(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }))).toBe('result');
        expect(server.exitCode()).toBeUndefined();
    });

    it('checks a 5-million-character string, an unterminated quote before 5.6 MB and 200,000 comment lines', async () => {
        const { client } = server;
        const texts: Record<string, [string, string[]]> = {
            'string.wpcm': [`term T "${'a'.repeat(5_000_000)}"\nsystem CRM\nsystem CRM\n`, ['duplicate-name', 'duplicate-name']],
            'unterminated.wpcm': [`term U "${'ab c\n'.repeat(1_100_000)}`, ['syntax-error', 'syntax-error']],
            'comments.wpcm': [`${'// c\n'.repeat(200_000)}system Q\nsystem Q\n`, ['duplicate-name', 'duplicate-name']]
        };
        for (const [name, [text, expected]] of Object.entries(texts)) {
            await client.open(uriOf(name), text);
            const published = await client.diagnostics(uriOf(name), p => p.diagnostics.length > 0, 30_000);
            expect(codes(published), name).toEqual(expected);
        }
        const unterminated = [...client.published].reverse().find(p => p.uri === uriOf('unterminated.wpcm'))!;
        expect(unterminated.diagnostics[0]!.message).toBe('unexpected character \'"\': not part of any WPCM word, number, text or symbol');
        expect(server.exitCode()).toBeUndefined();
    });

    it('keeps publishing for other files when a workspace file on disk holds a huge string', async () => {
        await server.client.close();
        writeFileSync(join(folder, 'huge.wpcm'), `term T "${'a'.repeat(5_000_000)}"\n`);
        server = spawnServer();
        await server.client.initialize(pathToFileURL(folder).toString());
        const uri = uriOf('small.wpcm');
        await server.client.open(uri, 'system CRM\nsystem CRM\n');
        expect(codes(await server.client.diagnostics(uri, p => p.diagnostics.length > 0, 30_000))).toEqual(['duplicate-name', 'duplicate-name']);
    });

    it('gives a file over the 16 MB limit one finding instead of parsing it', async () => {
        const uri = uriOf('big.wpcm');
        await server.client.open(uri, `system CRM\n${' '.repeat(17 * 1024 * 1024)}`);
        const published = await server.client.diagnostics(uri, p => p.diagnostics.length > 0, 30_000);
        expect(published.diagnostics.map(d => [d.code, d.range.start, d.message])).toEqual([[
            'syntax-error', { line: 0, character: 0 },
            'This file is too large to check (17 MB; the limit is 16 MB); split it into several .wpcm files.'
        ]]);
    });
});

describe('formatting never loses code', () => {
    const BROKEN = 'persona P "P" {\n    motion M "Close the deal" {\n        goal "g"\n        oops { "a" }\n        kpi K "k" { target >= 1 % }\n    }\n}\n';

    it('leaves a range alone when a syntax error follows it', async () => {
        const uri = uriOf('broken.wpcm');
        await server.client.open(uri, BROKEN);
        await server.client.diagnostics(uri);
        for (const endLine of [2, 3]) {
            const edits = await server.client.request<TextEdit[]>('textDocument/rangeFormatting', {
                textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
                range: { start: { line: 0, character: 0 }, end: { line: endLine, character: 0 } }
            });
            expect(edits, `lines 0-${endLine}`).toEqual([]);
        }
    });

    it('returns edits that do not overlap for a trailing comment with trailing spaces on the last line', async () => {
        const uri = uriOf('comment.wpcm');
        const text = 'system CRM // note ';
        await server.client.open(uri, text);
        await server.client.diagnostics(uri);
        const edits = await server.client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(TextDocument.applyEdits(TextDocument.create(uri, 'wpcm', 1, text), edits)).toBe('system CRM // note\n');
    });
});

describe('errors are errors', () => {
    it('refuses a cancelled request with RequestCancelled (-32800)', async () => {
        const { client } = server;
        const uri = uriOf('cancel.wpcm');
        await client.open(uri, 'system CRM\n');
        await client.diagnostics(uri);
        // A change starts a build; the hover waits for it, and is cancelled meanwhile.
        await client.change(uri, `system CRM\n${Array.from({ length: 5_000 }, (_, i) => `term T${i} "t"\n`).join('')}`, 2);
        const source = new CancellationTokenSource();
        const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }, source.token);
        source.cancel();
        expect(await outcome(hover)).toBe(-32800);
    });

    it('refuses requests on a document that is neither open nor on disk with ServerCancelled (-32802)', async () => {
        const textDocument = { uri: uriOf('nowhere.wpcm') };
        const requests: Array<[string, object]> = [
            ['textDocument/hover', { textDocument, position: { line: 0, character: 0 } }],
            ['textDocument/documentSymbol', { textDocument }],
            ['textDocument/semanticTokens/full', { textDocument }],
            ['textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }]
        ];
        for (const [method, params] of requests) {
            expect(await outcome(server.client.request(method, params)), method).toBe(-32802);
        }
    });

    it('answers requests sent right after didOpen, before the document is built, with results', async () => {
        const { client } = server;
        // Twenty files opened back to back, each followed at once by what an editor asks for on open.
        const answers: Array<Promise<number | 'result'>> = [];
        for (let i = 0; i < 20; i++) {
            const textDocument = { uri: uriOf(`opened-${i}.wpcm`) };
            await client.open(textDocument.uri, MOTION(`M${i}`));
            answers.push(outcome(client.request('textDocument/documentSymbol', { textDocument })));
            answers.push(outcome(client.request('textDocument/foldingRange', { textDocument })));
            answers.push(outcome(client.request('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } })));
        }
        expect(new Set(await Promise.all(answers))).toEqual(new Set(['result']));
    });

    it('refuses requests after shutdown with InvalidRequest (-32600) and exits on exit', async () => {
        const { client } = server;
        const uri = uriOf('bye.wpcm');
        await client.open(uri, 'system CRM\n');
        await client.diagnostics(uri);
        await client.request('shutdown', null);
        expect(await outcome(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }))).toBe(-32600);
        expect(server.exitCode()).toBeUndefined();
        await client.notify('exit', null);
        const deadline = Date.now() + 10_000;
        while (server.exitCode() === undefined && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
        expect(server.exitCode()).toBe(0);
    });
});

describe('cross-file findings follow every file', () => {
    it('motion-no-competency follows a supports clause added to and removed from another file', async () => {
        const { client } = server;
        const a = uriOf('a.wpcm');
        const b = uriOf('b.wpcm');
        await client.open(a, MOTION('Close'));
        await client.diagnostics(a, has('motion-no-competency'));
        await client.open(b, SUPPORTER('Other'));
        await client.change(b, SUPPORTER('Close'), 2);
        await client.nextDiagnostics(a, lacks('motion-no-competency'), 10_000);
        await client.change(b, SUPPORTER('Other'), 3);
        await client.nextDiagnostics(a, has('motion-no-competency'), 10_000);
    });

    it('duplicate-name follows a second declaration added to and removed from another file', async () => {
        const { client } = server;
        const a = uriOf('a.wpcm');
        const b = uriOf('b.wpcm');
        await client.open(a, 'system CRM\n');
        await client.open(b, 'system Other\n');
        await client.diagnostics(b);
        await client.change(b, 'system CRM\n', 2);
        await client.nextDiagnostics(a, has('duplicate-name'), 10_000);
        await client.change(b, 'system Other\n', 3);
        await client.nextDiagnostics(a, lacks('duplicate-name'), 10_000);
    });

    it('support ends when the supporting file moves to another model', async () => {
        const { client } = server;
        const a = uriOf('a.wpcm');
        const b = uriOf('b.wpcm');
        await client.open(b, SUPPORTER('Close'));
        await client.open(a, MOTION('Close'));
        await client.diagnostics(a, lacks('motion-no-competency'));
        await client.change(b, SUPPORTER('Close', 'model "N"\n'), 2);
        await client.nextDiagnostics(a, has('motion-no-competency'), 10_000);
    });

    it('a rename applied to two files as two quick changes leaves no false finding', async () => {
        const { client } = server;
        const a = uriOf('a.wpcm');
        const b = uriOf('b.wpcm');
        await client.open(a, MOTION('Close'));
        await client.open(b, SUPPORTER('Close'));
        await client.diagnostics(a, lacks('motion-no-competency'));
        await client.change(a, MOTION('Win'), 2);
        await client.change(b, SUPPORTER('Win'), 2);
        await client.request('textDocument/documentSymbol', { textDocument: { uri: a } });
        await new Promise(resolve => setTimeout(resolve, 500));
        const latest = [...client.published].reverse().find(p => p.uri === a)!;
        expect(codes(latest)).not.toContain('motion-no-competency');
    });
});

describe('closed documents', () => {
    it('drops closed documents that exist only in the editor, and clears their findings', async () => {
        const { client } = server;
        const ghosts = Array.from({ length: 200 }, (_, i) => uriOf(`gone/ghost-${i}.wpcm`));
        for (const uri of ghosts) await client.open(uri, 'system CRM\n');
        for (const uri of ghosts) await client.notify('textDocument/didClose', { textDocument: { uri } });
        const fresh = uriOf('fresh.wpcm');
        await client.open(fresh, 'system CRM\n');
        await client.request('textDocument/documentSymbol', { textDocument: { uri: fresh } });
        const latest = (uri: string) => [...client.published].reverse().find(p => p.uri === uri);
        const stillFlagged = () => ghosts.filter(uri => latest(uri)?.diagnostics.length !== 0);
        // The closes are handled one update at a time: wait for the last (a loaded machine takes seconds), not a fixed time.
        for (const deadline = Date.now() + 20_000; stillFlagged().length > 0 && Date.now() < deadline;) await new Promise(resolve => setTimeout(resolve, 100));
        expect(latest(fresh)?.diagnostics).toEqual([]);
        expect(stillFlagged()).toEqual([]);
    });
});

describe('closed files on disk', () => {
    it('go back to their saved content when closed with unsaved edits', async () => {
        const { client } = server;
        writeFileSync(join(folder, 'saved.wpcm'), 'system CRM\n');
        const uri = uriOf('saved.wpcm');
        await client.open(uri, 'system CRM\nsystem CRM\n');
        await client.diagnostics(uri, has('duplicate-name'));
        await client.notify('textDocument/didClose', { textDocument: { uri } });
        expect((await client.nextDiagnostics(uri, () => true, 10_000)).diagnostics).toEqual([]);
    });
});

describe('code actions', () => {
    it('ignores a stale diagnostic that lies outside the document', async () => {
        const uri = uriOf('one-line.wpcm');
        await server.client.open(uri, 'system CRM\n');
        await server.client.diagnostics(uri);
        const stale = { range: { start: { line: 11, character: 7 }, end: { line: 11, character: 10 } }, code: 'duplicate-name', data: { code: 'duplicate-name' }, message: 'old', severity: 1 };
        const actions = await server.client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] }
        });
        expect(actions).toEqual([]);
    });
});

describe('coaching from an actuals file', () => {
    it('the preview shows the sellers\' medians, and the report page renders, through the bundled server', async () => {
        const { client } = server;
        const uri = uriOf('ds.wpcm');
        await client.open(uri, readFileSync(new URL('../../examples/direct-seller.wpcm', import.meta.url), 'utf8'));
        const actuals = join(folder, 'actuals.csv');
        writeFileSync(actuals, 'date,seller,team,kpi,value,numerator,denominator\n2026-03-02,ann,A,WinRate,,3,4\n2026-03-02,bob,A,WinRate,,1,4\n');
        const result = await client.request('wpcm/preview', { uri, actuals }) as { kind: string; actuals?: { kind: string; sellers: number; kpis: Record<string, { median: number; medianAttainment: number }> } };
        // 75 % and 25 %: median 50 %, attainments 100 and 33.3, median 66.7.
        expect(result.actuals?.kind).toBe('actuals');
        expect(result.actuals?.sellers).toBe(2);
        expect(result.actuals?.kpis.WinRate?.median).toBe(50);
        expect(result.actuals?.kpis.WinRate?.medianAttainment).toBeCloseTo(200 / 3, 12);
        const page = await client.request('wpcm/coachingReport', { uri, actuals }) as { kind: string; sellers: number };
        expect([page.kind, page.sellers]).toEqual(['report', 2]);
    });
});
