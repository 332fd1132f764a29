/**
 * The npm package as a user gets it: `npm pack`, installed into an empty
 * folder far from this repository, and its commands run from there:
 * `wpcm check`, `wpcm generate`, and `wpcm-language-server --stdio`. The
 * bundles are self-contained, so the package has no dependencies to fetch.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient } from '../lsp/lsp-client.js';
import { EXPECTED_FINDINGS, recordTiming, ROOT, run } from './support.js';

let folder: string;
let tarball: string;
const bin = (name: string) => join(folder, 'node_modules/.bin', name);

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-npm-'));
    const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, timeoutMs: 120_000 });
    expect(packed.code, packed.stderr).toBe(0);
    tarball = join(folder, readdirSync(folder).find(name => name.endsWith('.tgz'))!);
    writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
    const installed = await run('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: folder, timeoutMs: 180_000 });
    expect(installed.code, installed.stderr).toBe(0);
    recordTiming('npm-package', 'npm install of the tarball', installed.ms);
    copyFileSync(join(ROOT, 'examples/abc-co.wpcm'), join(folder, 'abc-co.wpcm'));
    copyFileSync(join(ROOT, 'examples/direct-seller.wpcm'), join(folder, 'direct-seller.wpcm'));
}, 300_000);

afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the npm package', () => {
    it('is public, documents where it lives, and installs with no dependencies', () => {
        const manifest = JSON.parse(readFileSync(join(folder, 'node_modules/wpcm/package.json'), 'utf8'));
        expect(manifest.private).toBeUndefined();
        expect(manifest.repository.url).toMatch(/^git\+https:\/\//);
        expect(manifest.homepage).toMatch(/^https:\/\//);
        expect(manifest.bugs.url).toMatch(/^https:\/\//);
        expect(manifest.dependencies).toBeUndefined();
        expect(readdirSync(join(folder, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['wpcm']);
        expect(existsSync(join(folder, 'node_modules/wpcm/out/docs/rules/motion-no-kpi.md'))).toBe(true);
    });

    it('runs wpcm check', async () => {
        const result = await run(bin('wpcm'), ['check', 'abc-co.wpcm'], { cwd: folder, timeoutMs: 60_000 });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('abc-co.wpcm:16:20 warning motion-noun-phrase');
    });

    it('runs wpcm generate', async () => {
        const result = await run(bin('wpcm'), ['generate', 'dashboard', 'direct-seller.wpcm'], { cwd: folder, timeoutMs: 60_000 });
        expect(result.code, result.stderr).toBe(0);
        const dashboard = JSON.parse(readFileSync(join(folder, 'generated/dashboards/direct-seller.dashboard.json'), 'utf8'));
        expect(dashboard.persona.id).toBe('DirectSeller');
    });

    it('runs wpcm coach (the charts are inside the bundle) and wpcm generate sql', async () => {
        copyFileSync(join(ROOT, 'examples/direct-seller.actuals.csv'), join(folder, 'actuals.csv'));
        const json = await run(bin('wpcm'), ['coach', 'direct-seller.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout'], { cwd: folder, timeoutMs: 60_000 });
        expect(json.code, json.stderr).toBe(0);
        expect(JSON.parse(json.stdout).personas[0].sellers).toHaveLength(10);
        const html = await run(bin('wpcm'), ['coach', 'direct-seller.wpcm', '--actuals', 'actuals.csv'], { cwd: folder, timeoutMs: 60_000 });
        expect(html.code, html.stderr).toBe(0);
        expect(readdirSync(join(folder, 'generated/coaching')).some(name => name.endsWith('.html'))).toBe(true);
        const sql = await run(bin('wpcm'), ['generate', 'sql', 'direct-seller.wpcm', '--dialect', 'duckdb', '--stdout'], { cwd: folder, timeoutMs: 60_000 });
        expect(sql.code, sql.stderr).toBe(0);
        expect(sql.stdout).toContain('CREATE OR REPLACE MACRO wpcm_attainment');
    });

    it('runs wpcm-language-server --stdio', async () => {
        const client = LspTestClient.spawn(bin('wpcm-language-server'));
        try {
            await client.initialize(pathToFileURL(folder).toString());
            const uri = pathToFileURL(join(folder, 'abc-co.wpcm')).toString();
            await client.open(uri, readFileSync(join(folder, 'abc-co.wpcm'), 'utf8'));
            const published = await client.diagnostics(uri, p => p.diagnostics.length > 0, 30_000);
            const findings = published.diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`)
                .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
            expect(findings).toEqual(EXPECTED_FINDINGS['abc-co.wpcm']);
            // Rule pages link to the copy installed beside the server.
            expect(published.diagnostics[0]!.codeDescription?.href).toMatch(/^file:\/\/.*node_modules\/wpcm\/out\/docs\/rules\/[a-z-]+\.md$/);
        } finally {
            await client.close();
        }
    });
});
