/**
 * The server's invariant under a seeded random session (STRESS_SEED to
 * replay another): about 1,000 edits (incremental and full, opening and
 * closing files, untitled ones too) interleaved with every kind of request,
 * at valid and invalid positions, over stdio to the bundled server.
 *
 * Asserted: every request is answered with a result or a proper JSON-RPC
 * error (never an error object sent as a result); the server does not exit;
 * formatting edits apply (no overlap), lie inside the document and change
 * only whitespace; code-action and rename edits lie inside the document;
 * and once the session settles, the diagnostics last published for every
 * open document equal what `wpcm check` finds in the same final texts,
 * cross-file rules included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../support/seeded-random.js';
import { buildFiles, createWpcmServices } from '@wpcm/language';
import { rangeInside } from '../../language/src/lsp/edit-bounds.js';
import { readExample } from '../support/workspace.js';
import type { ServerProcess } from './server-process.js';
import { withTimeout } from '../lsp/lsp-client.js';
import { spawnServer } from './server-process.js';

// Spawned processes and megabyte inputs: generous bounds, so a loaded machine does not fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const SEED = Number(process.env.STRESS_SEED ?? 20261201);
const EDITS = 1000;

const SNIPPETS = [
    'system CRM\n', 'supports Close', ' supports Win, Close', 'model "M"\n', 'model "N"\n', '"', "'", '{', '}', '// note \n', '/* c */', '/*',
    'persona P "P" {\n    motion Close "Close the deal" {\n        goal "g"\n    }\n}\n',
    'competency C "Closing" {\n    supports Close\n    value "v"\n}\n',
    'kpi K "k" { target >= 10 % measured in CRM }\n', 'target between 5 and 1 per week', 'motion', 'Close', 'Win', '\n', '    ', '\t', '\r\n',
    'gap G "g" {\n    affects P\n    cause process "p"\n    intervention training "t"\n}\n', 'coach X "x" { expert in C }\n', '$10k', '≥', 'é', '😀'
];

/**
 * Whole texts for a pair of files that stay free of references the random
 * edits could break: Langium re-validates a file with an unresolved
 * reference after every change anyway, so only clean files show whether
 * facts read across files (duplicate-name, motion-no-competency) follow.
 */
const PAIR_VARIANTS = [
    'model "M"\npersona P2 "P" {\n    motion Close2 "Close the deal" {\n        goal "g"\n    }\n}\nsystem CRM2\n',
    'model "M"\ncompetency C2 "Closing" {\n    supports Close2\n    value "v"\n}\n',
    'model "N"\ncompetency C2 "Closing" {\n    supports Close2\n    value "v"\n}\n',
    'competency C2 "Closing" {\n    supports Close2\n    value "v"\n}\nsystem CRM2\n',
    'system CRM2\n',
    'model "M"\nsystem CRM2\nsystem Other2\n',
    'model "N"\npersona P2 "P" {\n    motion Close2 "Close the deal" {\n        goal "g"\n    }\n}\n'
];
const PAIR_TAIL = 40;

const nonWhitespace = (text: string) => text.replace(/\s+/g, '');
const isDisguisedError = (result: unknown) => typeof result === 'object' && result !== null && !Array.isArray(result)
    && typeof (result as { code?: unknown }).code === 'number' && Object.keys(result).every(k => k === 'code' || k === 'message' || k === 'data');


let folder: string;
let server: ServerProcess;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-stress-'));
    server = spawnServer();
    await server.client.initialize(pathToFileURL(folder).toString());
});

afterAll(async () => {
    await server.client.close();
    rmSync(folder, { recursive: true, force: true });
});

describe(`protocol stress (seed ${SEED})`, () => {
    it('answers every request, stays up, keeps edits sound and diagnostics equal to wpcm check', { timeout: 120_000 }, async () => {
        const { client } = server;
        const next = seededRandom(SEED);
        const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
        const int = (n: number) => Math.floor(next() * n);
        const open = new Map<string, TextDocument>();
        const failures: string[] = [];
        const pending: Promise<unknown>[] = [];
        let untitled = 0;

        const answered = async (method: string, request: Promise<unknown>): Promise<unknown> => {
            try {
                const result = await withTimeout(request, 15_000, method);
                if (isDisguisedError(result)) failures.push(`${method}: error sent as a result: ${JSON.stringify(result)}`);
                return result;
            } catch (error) {
                if (typeof (error as { code?: unknown }).code !== 'number') failures.push(`${method}: ${String(error)}`);
                if (server.exitCode() !== undefined) throw new Error(`the server exited (${server.exitCode()}) during ${method}: ${server.stderr().slice(-500)}`);
                return undefined;
            }
        };
        // Checked as soon as it is sent, so an error answer is never an unhandled rejection while it waits.
        const send = (method: string, params: unknown) => {
            pending.push(answered(method, client.connection.sendRequest(method, params)));
        };
        const openDocument = async (uri: string, text: string) => {
            open.set(uri, TextDocument.create(uri, 'wpcm', 1, text));
            await client.open(uri, text);
        };
        const position = (doc: TextDocument) => next() < 0.1
            ? { line: int(500), character: int(200) }
            : doc.positionAt(int(doc.getText().length + 1));
        const range = (doc: TextDocument): Range => {
            const a = doc.offsetAt(position(doc));
            const b = Math.min(doc.getText().length, a + int(200));
            return { start: doc.positionAt(a), end: doc.positionAt(b) };
        };
        const checkEdits = (doc: TextDocument, edits: TextEdit[] | undefined | null, what: string, formatting: boolean) => {
            for (const edit of edits ?? []) {
                if (!rangeInside(doc, edit.range)) failures.push(`${what}: edit outside ${doc.uri}: ${JSON.stringify(edit.range)}`);
                else if (formatting && nonWhitespace(doc.getText(edit.range)) !== nonWhitespace(edit.newText)) failures.push(`${what}: changes non-whitespace: ${JSON.stringify(edit)}`);
            }
            if (formatting && edits) {
                try {
                    const after = TextDocument.applyEdits(doc, edits);
                    if (nonWhitespace(after) !== nonWhitespace(doc.getText())) failures.push(`${what}: the result differs beyond whitespace`);
                } catch (error) {
                    failures.push(`${what}: edits do not apply: ${String(error)}`);
                }
            }
        };
        const checkWorkspaceEdit = (edit: WorkspaceEdit | undefined | null, what: string) => {
            for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
                const doc = open.get(uri);
                if (doc) checkEdits(doc, edits, what, false);
            }
            for (const change of edit?.documentChanges ?? []) {
                const doc = 'textDocument' in change ? open.get(change.textDocument.uri) : undefined;
                if (doc && 'edits' in change) checkEdits(doc, change.edits as TextEdit[], what, false);
            }
        };

        await openDocument(pathToFileURL(join(folder, 'direct-seller.wpcm')).toString(), readExample('direct-seller.wpcm'));
        await openDocument(pathToFileURL(join(folder, 'abc-co.wpcm')).toString(), readExample('abc-co.wpcm'));
        await openDocument(pathToFileURL(join(folder, 'c.wpcm')).toString(), SNIPPETS[12]!);
        const pair = [pathToFileURL(join(folder, 'p.wpcm')).toString(), pathToFileURL(join(folder, 'q.wpcm')).toString()];
        await openDocument(pair[0]!, PAIR_VARIANTS[0]!);
        await openDocument(pair[1]!, PAIR_VARIANTS[1]!);
        const replacePairFile = async () => {
            const uri = pick(pair);
            const updated = TextDocument.create(uri, 'wpcm', open.get(uri)!.version + 1, pick(PAIR_VARIANTS));
            open.set(uri, updated);
            await client.change(uri, updated.getText(), updated.version);
        };

        for (let step = 0; step < EDITS + PAIR_TAIL; step++) {
            const roll = next();
            if (step >= EDITS || roll < 0.05) {
                await replacePairFile();
                if (next() < 0.5) send('textDocument/documentSymbol', { textDocument: { uri: pick(pair) } });
                continue;
            }
            if (roll < 0.08 && open.size > 3) {
                const uri = pick([...open.keys()].filter(u => !pair.includes(u)));
                open.delete(uri);
                await client.notify('textDocument/didClose', { textDocument: { uri } });
                continue;
            }
            if (roll < 0.11) {
                const uri = next() < 0.5 ? `untitled:Untitled-${++untitled}` : pathToFileURL(join(folder, `new-${step}.wpcm`)).toString();
                await openDocument(uri, pick(SNIPPETS));
                continue;
            }
            const uri = pick([...open.keys()].filter(u => !pair.includes(u)));
            const doc = open.get(uri)!;
            const text = doc.getText();
            const at = int(text.length + 1);
            const change = next() < 0.85
                ? { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + (next() < 0.5 ? 0 : int(40)))) }, text: next() < 0.7 ? pick(SNIPPETS) : '' }
                : { text: next() < 0.5 ? text.slice(0, at) + pick(SNIPPETS) + text.slice(at) : pick(SNIPPETS).repeat(1 + int(3)) };
            const updated = TextDocument.update(doc, [change], doc.version + 1);
            open.set(uri, updated);
            await client.notify('textDocument/didChange', { textDocument: { uri, version: updated.version }, contentChanges: [change] });

            // Requests that read the document as it is now; edit-returning ones are awaited before the next edit.
            const textDocument = { uri };
            switch (int(12)) {
                case 0: send('textDocument/hover', { textDocument, position: position(updated) }); break;
                case 1: send('textDocument/completion', { textDocument, position: position(updated) }); break;
                case 2: send('textDocument/definition', { textDocument, position: position(updated) }); break;
                case 3: send('textDocument/references', { textDocument, position: position(updated), context: { includeDeclaration: true } }); break;
                case 4: send('textDocument/documentSymbol', { textDocument }); break;
                case 5: send('textDocument/foldingRange', { textDocument }); break;
                case 6: send('textDocument/semanticTokens/full', { textDocument }); break;
                case 7: send('textDocument/codeLens', { textDocument }); break;
                case 8: send('workspace/symbol', { query: pick(['', 'C', 'Close', 'zz']) }); break;
                case 9: send(pick(['wpcm/preview', 'wpcm/generate']), { uri, offset: int(updated.getText().length + 10), target: pick(['dashboard', 'modules']) }); break;
                case 10: {
                    const full = next() < 0.5;
                    const method = full ? 'textDocument/formatting' : 'textDocument/rangeFormatting';
                    const params = full ? { textDocument, options: { tabSize: 4, insertSpaces: true } } : { textDocument, options: { tabSize: 4, insertSpaces: true }, range: range(updated) };
                    checkEdits(updated, await answered(method, client.connection.sendRequest(method, params)) as TextEdit[] | undefined, method, true);
                    break;
                }
                default: {
                    if (next() < 0.5) {
                        const published = [...client.published].reverse().find(p => p.uri === uri)?.diagnostics ?? [];
                        const stale: Diagnostic = { range: { start: { line: 11 + int(50), character: int(20) }, end: { line: 61, character: 3 } }, message: 'old', code: 'duplicate-name', data: { code: 'duplicate-name' } };
                        const diagnostics = [...published.slice(0, 3), ...(next() < 0.3 ? [stale] : [])];
                        const actions = await answered('textDocument/codeAction', client.connection.sendRequest('textDocument/codeAction', { textDocument, range: range(updated), context: { diagnostics } })) as CodeAction[] | undefined;
                        for (const action of actions ?? []) checkWorkspaceEdit(action.edit, 'codeAction');
                    } else {
                        const edit = await answered('textDocument/rename', client.connection.sendRequest('textDocument/rename', { textDocument, position: position(updated), newName: pick(['Win', 'X2', 'bad name', '']) }));
                        checkWorkspaceEdit(edit as WorkspaceEdit | undefined, 'rename');
                    }
                }
            }
            if (pending.length > 20) await Promise.all(pending.splice(0));
            if (server.exitCode() !== undefined) break;
        }
        await Promise.all(pending.splice(0));
        expect(server.exitCode(), server.stderr()).toBeUndefined();
        expect(failures).toEqual([]);

        // Settle: every open document answered once after the last edit, then no publication for a while.
        for (const uri of open.keys()) await answered('documentSymbol', client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
        let count = -1;
        while (count !== client.published.length) {
            count = client.published.length;
            await new Promise(resolve => setTimeout(resolve, 750));
        }

        const { Wpcm } = createWpcmServices(EmptyFileSystem);
        const expected = await buildFiles(Wpcm, [...open.values()].map(doc => ({ uri: doc.uri, text: doc.getText() })));
        const summary = (diagnostics: readonly Diagnostic[]) => diagnostics
            .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.severity} ${d.message}`).sort();
        for (const file of expected) {
            const latest = [...client.published].reverse().find(p => p.uri === file.uri);
            expect(summary(latest?.diagnostics ?? []), file.uri).toEqual(summary(file.diagnostics));
        }
    });
});
