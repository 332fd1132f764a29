/**
 * A real VS Code for the e2e tests: code-server (installed by
 * scripts/e2e-setup.sh) with an isolated profile and the packaged extension,
 * bound to 127.0.0.1, driven through Debian's Chromium by playwright-core.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { withTimeout } from '../lsp/lsp-client.js';
import { CODE_SERVER, run, VSIX } from './support.js';

const CHROMIUM = process.env.WPCM_CHROMIUM ?? '/usr/bin/chromium';

/** Quiet, deterministic workbench settings: no welcome page, tips, trust prompts or auto-save. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'files.autoSave': 'off',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.restoreWindows': 'none',
    'editor.codeLens': true
};

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => resolve(port));
        });
    });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
            if (response.ok) return;
        } catch {
            // not up yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

export class CodeServerSession {
    static readonly requested: string[] = [];

    private constructor(
        readonly url: string,
        readonly page: Page,
        private readonly context: BrowserContext,
        private readonly server: ChildProcess,
        private readonly home: string,
        readonly log: () => string
    ) {}

    /** Installs the .vsix into a fresh profile, starts code-server on `folder` and opens it in Chromium; `settings` add to the quiet defaults. */
    static async start(folder: string, timings: (step: string, ms: number) => void, settings: Record<string, unknown> = {}): Promise<CodeServerSession> {
        const home = mkdtempSync(join(tmpdir(), 'wpcm-code-server-'));
        const userData = join(home, 'user-data');
        const extensions = join(home, 'extensions');
        mkdirSync(join(userData, 'User'), { recursive: true });
        writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
        const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), CS_DISABLE_GETTING_STARTED_OVERRIDE: '1' };
        const common = ['--user-data-dir', userData, '--extensions-dir', extensions];

        let started = performance.now();
        const install = await run(CODE_SERVER, [...common, '--install-extension', VSIX], { env, timeoutMs: 120_000 });
        if (!/successfully installed/.test(install.stdout)) throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);
        timings('install vsix', performance.now() - started);

        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        started = performance.now();
        const server = spawn(CODE_SERVER, [
            ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
            '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', folder
        ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let output = '';
        server.stdout!.on('data', chunk => { output += chunk; });
        server.stderr!.on('data', chunk => { output += chunk; });
        await waitForHealth(url, 60_000);
        timings('code-server healthz', performance.now() - started);

        started = performance.now();
        const context = await withTimeout(chromium.launchPersistentContext(join(home, 'chromium'), {
            executablePath: CHROMIUM,
            headless: true,
            viewport: { width: 1440, height: 900 },
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync']
        }), 60_000, 'Chromium');
        const page = context.pages()[0] ?? await context.newPage();
        page.setDefaultTimeout(30_000);
        // Every URL the browser fetches, workers included, so a test can tell where code ran.
        context.on('request', request => { CodeServerSession.requested.push(request.url()); });
        await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        timings('workbench loaded', performance.now() - started);
        return new CodeServerSession(url, page, context, server, home, () => output);
    }

    /** Runs a command from the command palette by its title. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`>${title}`);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible' });
        await input.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** Opens a workspace file with Quick Open. */
    async openFile(name: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(name);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
        await input.press('Enter');
        await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ state: 'visible' });
    }

    /** Moves the cursor with "Go to Line/Column" (1-based). */
    async goTo(line: number, column: number): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`:${line}:${column}`);
        await input.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    async screenshot(path: string): Promise<void> {
        await this.page.screenshot({ path, timeout: 15_000 }).catch(() => undefined);
    }

    async close(): Promise<void> {
        await withTimeout(this.context.close(), 15_000, 'Chromium close').catch(() => undefined);
        if (this.server.pid && this.server.exitCode === null) {
            try {
                process.kill(-this.server.pid, 'SIGTERM');
            } catch {
                // already gone
            }
            await withTimeout(new Promise(resolve => this.server.once('exit', resolve)), 10_000, 'code-server exit')
                .catch(() => { try { process.kill(-this.server.pid!, 'SIGKILL'); } catch { /* gone */ } });
        }
        rmSync(this.home, { recursive: true, force: true });
    }
}
