/**
 * The packaged extension (npm run package): only what VS Code loads, no
 * node_modules, sources or tests; and its server runs on its own, far from
 * any node_modules, over stdio.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '@wpcm/language';
import { LspTestClient } from '../lsp/lsp-client.js';
import { artifactDir, EXPECTED_FINDINGS, ROOT, recordTiming, requireBuilt, run, VSIX } from './support.js';

let files: string[];
let extracted: string;

beforeAll(async () => {
    requireBuilt(VSIX);
    const list = await run('unzip', ['-Z1', VSIX], { timeoutMs: 30_000 });
    files = list.stdout.split('\n').filter(Boolean).sort();
    extracted = mkdtempSync(join(tmpdir(), 'wpcm-vsix-'));
    await run('unzip', ['-q', VSIX, '-d', extracted], { timeoutMs: 30_000 });
    writeFileSync(join(artifactDir('package'), 'vsix-files.txt'), `${files.join('\n')}\n`);
});

afterAll(() => {
    if (extracted) rmSync(extracted, { recursive: true, force: true });
});

describe('wpcm.vsix', () => {
    it('holds exactly the extension\'s runtime files', () => {
        expect(files).toEqual([
            // The rule pages each diagnostic links to, and the browser bundles (VS Code for the Web).
            ...ALL_RULES.map(rule => `extension/out/docs/rules/${rule.code}.md`), 'extension/out/docs/rules/README.md',
            'extension/out/extension-web.js', 'extension/out/server-web.js',
            '[Content_Types].xml',
            'extension.vsixmanifest',
            'extension/LICENSE.txt',
            'extension/language-configuration.json',
            'extension/media/icon.png',
            'extension/media/preview-icon.svg',
            'extension/media/preview.css',
            'extension/media/preview.js',
            'extension/out/extension.cjs',
            'extension/out/schemas/wpcm.config.schema.json',
            'extension/out/server.cjs',
            'extension/package.json',
            'extension/readme.md',
            'extension/snippets/wpcm.json',
            'extension/syntaxes/wpcm.tmLanguage.json'
        ].sort());
        expect(files.filter(f => /node_modules|\.ts$|\.map$|(^|\/)tests?\//.test(f))).toEqual([]);
    });

    it('declares VS Code ^1.100.0 and its version', () => {
        const manifest = JSON.parse(readFileSync(join(extracted, 'extension/package.json'), 'utf8')) as { engines: { vscode: string }; version: string };
        const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
        expect(manifest.engines.vscode).toBe('^1.100.0');
        expect(manifest.version).toBe(root.version);
        expect(statSync(VSIX).size).toBeLessThan(5 * 1024 * 1024);
    });

    it('ships a server that carries the Node 20 polyfill and runs without node_modules', async () => {
        const server = join(extracted, 'extension/out/server.cjs');
        expect(readFileSync(server, 'utf8').slice(0, 2000)).toContain('Object.groupBy');
        const workspace = mkdtempSync(join(tmpdir(), 'wpcm-vsix-ws-'));
        copyFileSync(join(ROOT, 'examples/abc-co.wpcm'), join(workspace, 'abc-co.wpcm'));
        const started = performance.now();
        const client = LspTestClient.spawn(server);
        try {
            await client.initialize(pathToFileURL(workspace).toString());
            const uri = pathToFileURL(join(workspace, 'abc-co.wpcm')).toString();
            await client.open(uri, readFileSync(join(workspace, 'abc-co.wpcm'), 'utf8'));
            const published = await client.diagnostics(uri, p => p.diagnostics.length > 0, 30_000);
            recordTiming('package', 'vsix server first diagnostics', performance.now() - started);
            const findings = published.diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`)
                .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
            expect(findings).toEqual(EXPECTED_FINDINGS['abc-co.wpcm']);
        } finally {
            await client.close();
            rmSync(workspace, { recursive: true, force: true });
        }
    });
});
