/**
 * The extension's browser entry in a real browser extension host: code-server
 * (VS Code 1.100) told by `remote.extensionKind` to run the extension as a web
 * extension, so VS Code loads `browser` (out/extension-web.js) in its web
 * worker extension host inside Chromium, which starts the language server in
 * a Web Worker (out/server-web.js), as vscode.dev and github.dev would. The
 * check: the example's squiggles, Problems entries and the verb-phrase quick
 * fix, and the worker bundle fetched by the browser.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeServerSession } from './code-server.js';
import { artifactDir, CODE_SERVER, exampleWorkspace, recordTiming, requireBuilt, run, VSIX } from './support.js';

const shots = artifactDir('vscode-web');
let workspace: string;
let session: CodeServerSession;

beforeAll(async () => {
    requireBuilt(VSIX, CODE_SERVER);
    workspace = exampleWorkspace('wpcm-vscode-web-');
    session = await CodeServerSession.start(workspace, (name, ms) => recordTiming('vscode-web', name, ms), {
        'remote.extensionKind': { 'wpcm.wpcm': ['web'] }
    });
});

afterAll(async () => {
    await session?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the web extension in code-server\'s browser extension host', () => {
    it('runs the server in a Web Worker and shows the example\'s findings', async () => {
        const started = performance.now();
        await session.openFile('abc-co.wpcm');
        await session.page.locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
        recordTiming('vscode-web', 'open to first squiggle', performance.now() - started);
        await session.screenshot(join(shots, 'squiggles.png'));
        expect(CodeServerSession.requested.some(url => url.includes('extension-web.js'))).toBe(true);
        // The worker's bundle is read through workspace.fs (code-server's remote channel) into a blob URL,
        // and no Node language server was started for the extension.
        const nodeServers = await run('pgrep', ['-f', 'wpcm.wpcm-0.1.0/out/server.cjs'], { timeoutMs: 10_000 });
        expect(nodeServers.stdout.trim()).toBe('');
        await session.page.keyboard.press('Control+Shift+M');
        const markers = session.page.locator('.markers-panel .monaco-list-row');
        await markers.first().waitFor();
        expect(await session.page.locator('.markers-panel').innerText()).toContain('Deal closure');
        await session.screenshot(join(shots, 'problems.png'));
    });
});
