/**
 * The server over the real protocol (in-process, memory streams): first
 * diagnostics, the editor's `wpcm.rules` on top of wpcm.config.json (pulled
 * at start, pushed on change), config file changes, and the extension's
 * generate and preview requests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenerateResult, PreviewResult, SeveritySetting } from '@wpcm/language';
import { severityValue } from '@wpcm/language';
import { EXAMPLE_FINDINGS } from '../support/examples.js';
import { readExample } from '../support/workspace.js';
import { LspTestClient } from './lsp-client.js';

let folder: string;
let client: LspTestClient;
const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
const codesAndSeverities = (d: { code?: unknown; severity?: number }[]) => d.map(x => `${String(x.code)}:${x.severity}`).sort();

beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-lsp-'));
    writeFileSync(join(folder, 'abc-co.wpcm'), readExample('abc-co.wpcm'));
    writeFileSync(join(folder, 'direct-seller.wpcm'), readExample('direct-seller.wpcm'));
    client = await LspTestClient.inProcess();
});

afterEach(async () => {
    await client.close();
    rmSync(folder, { recursive: true, force: true });
});

describe('language server over LSP', () => {
    it('publishes the example diagnostics with the editor\'s severities from the first publication', async () => {
        writeFileSync(join(folder, 'wpcm.config.json'), JSON.stringify({ rules: { 'motion-no-kpi': 'error', 'gap-level-uncovered': 'off' } }));
        client.settings = { wpcm: { rules: { 'motion-no-kpi': 'hint', 'motion-noun-phrase': 'error' } } };
        await client.initialize(pathToFileURL(folder).toString());
        const uri = uriOf('abc-co.wpcm');
        await client.open(uri, readExample('abc-co.wpcm'));
        const first = await client.diagnostics(uri);
        // The editor's settings win over the project's config, which wins over the defaults.
        const severities: Record<string, SeveritySetting> = { 'gap-level-uncovered': 'off', 'motion-no-kpi': 'hint', 'motion-noun-phrase': 'error' };
        const expected = EXAMPLE_FINDINGS['abc-co.wpcm'].map(f => [f.code, severities[f.code] ?? f.severity] as const)
            .flatMap(([code, severity]) => (severity === 'off' ? [] : [`${code}:${severityValue(severity)}`])).sort();
        expect(codesAndSeverities(first.diagnostics)).toEqual(expected);
        expect(client.published.filter(p => p.uri === uri).every(p => codesAndSeverities(p.diagnostics).includes('motion-noun-phrase:1'))).toBe(true);
    });

    it('re-validates when the editor settings change, and warns about unknown entries', async () => {
        await client.initialize(pathToFileURL(folder).toString());
        const uri = uriOf('abc-co.wpcm');
        await client.open(uri, readExample('abc-co.wpcm'));
        await client.diagnostics(uri, p => p.diagnostics.some(d => d.code === 'motion-noun-phrase'));
        const messages: string[] = [];
        client.connection.onNotification('window/showMessage', (p: { message: string }) => { messages.push(p.message); });
        await client.notify('workspace/didChangeConfiguration', { settings: { wpcm: { rules: { 'motion-noun-phrase': 'off', 'no-such-rule': 'off' } } } });
        const after = await client.nextDiagnostics(uri);
        expect(after.diagnostics.map(d => d.code)).not.toContain('motion-noun-phrase');
        expect(messages).toEqual(['WPCM: wpcm.rules: unknown rule "no-such-rule"; ignored.']);
    });

    it('reloads wpcm.config.json when it changes on disk', async () => {
        await client.initialize(pathToFileURL(folder).toString());
        const uri = uriOf('abc-co.wpcm');
        await client.open(uri, readExample('abc-co.wpcm'));
        await client.diagnostics(uri, p => p.diagnostics.some(d => d.code === 'motion-no-kpi'));
        writeFileSync(join(folder, 'wpcm.config.json'), JSON.stringify({ rules: { 'motion-no-kpi': 'off' } }));
        await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('wpcm.config.json'), type: 1 }] });
        const after = await client.nextDiagnostics(uri, p => !p.diagnostics.some(d => d.code === 'motion-no-kpi'));
        expect(after.diagnostics.map(d => d.code)).toContain('motion-noun-phrase');
    });

    it('answers wpcm/generate with the dashboards of the file\'s model, and refuses a model with errors', async () => {
        await client.initialize(pathToFileURL(folder).toString());
        const seller = uriOf('direct-seller.wpcm');
        await client.open(seller, readExample('direct-seller.wpcm'));
        await client.diagnostics(seller);
        const result = await client.request<GenerateResult>('wpcm/generate', { uri: seller, target: 'dashboard' });
        expect(result.kind).toBe('files');
        const files = (result as Extract<GenerateResult, { kind: 'files' }>).files;
        expect(files.map(f => f.path)).toContain('dashboard.schema.json');
        const dashboard = JSON.parse(files.find(f => f.path.endsWith('.dashboard.json'))!.content) as { persona: { id: string }; sections: unknown[] };
        expect(dashboard.persona.id).toBe('DirectSeller');
        expect(dashboard.sections).toHaveLength(5);
        const modules = await client.request<GenerateResult>('wpcm/generate', { uri: seller, target: 'modules' });
        expect(modules.kind === 'files' && modules.files.some(f => f.path.endsWith('.md'))).toBe(true);

        await client.change(seller, `${readExample('direct-seller.wpcm')}\npersona Broken { motion }\n`, 2);
        await client.diagnostics(seller, p => p.diagnostics.some(d => d.severity === 1));
        const refused = await client.request<GenerateResult>('wpcm/generate', { uri: seller, target: 'dashboard' });
        expect(refused).toMatchObject({ kind: 'refused' });
    });

    it('answers wpcm/preview for the persona under the cursor, with competencies and gaps', async () => {
        await client.initialize(pathToFileURL(folder).toString());
        const abc = uriOf('abc-co.wpcm');
        const text = readExample('abc-co.wpcm');
        await client.open(abc, text);
        await client.diagnostics(abc);
        const result = await client.request<PreviewResult>('wpcm/preview', { uri: abc, offset: text.indexOf('motion Advise') });
        expect(result.kind).toBe('dashboard');
        const preview = result as Extract<PreviewResult, { kind: 'dashboard' }>;
        expect(preview.dashboard.persona.id).toBe('LoanSeller');
        expect(preview.dashboard.sections.map(s => s.id)).toEqual(['Closing', 'Advise']);
        expect(preview.motions.Advise).toEqual({ competencies: [], gaps: ['ForecastReliability'] });
        expect(preview.gaps).toEqual([{
            id: 'ForecastReliability',
            title: 'Sales forecasts beyond 30 days are unreliable',
            levels: ['organization', 'process', 'performer'],
            interventions: [{ kind: 'training', title: 'CRM proficiency training for sales managers', addresses: ['performer'] }],
            trainingOnly: true,
            uncovered: ['organization', 'process']
        }]);
        const none = await client.request<PreviewResult>('wpcm/preview', { uri: uriOf('nothing.wpcm') });
        expect(none).toEqual({ kind: 'empty', message: 'this file has no persona to preview' });
    });
});
