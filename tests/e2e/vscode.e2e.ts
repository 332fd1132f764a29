/**
 * The packaged extension in a real VS Code (code-server 4.100.3 = VS Code
 * 1.100, in headless Chromium): squiggles and Problems entries, the
 * verb-phrase quick fix, "WPCM: Generate Dashboard" from the command
 * palette, and the dashboard preview as you type. Screenshots go to
 * test-artifacts/code-server/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeServerSession } from './code-server.js';
import { artifactDir, CODE_SERVER, exampleWorkspace, recordTiming, requireBuilt, ROOT, VSIX } from './support.js';

const shots = artifactDir('code-server');
let workspace: string;
let session: CodeServerSession;

/** Times a step, records it, and takes a screenshot after it (also when it fails). */
async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
        return await action();
    } finally {
        recordTiming('code-server', name, performance.now() - started);
        await session?.screenshot(join(shots, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`));
    }
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

beforeAll(async () => {
    requireBuilt(VSIX, CODE_SERVER);
    workspace = exampleWorkspace('wpcm-vscode-');
    // The example's actuals, configured as a user would: the preview shows the sellers' medians, the report command reads them.
    copyFileSync(join(ROOT, 'examples', 'direct-seller.actuals.csv'), join(workspace, 'direct-seller.actuals.csv'));
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'wpcm.coaching.actuals': 'direct-seller.actuals.csv' }));
    session = await CodeServerSession.start(workspace, (name, ms) => recordTiming('code-server', name, ms));
});

afterAll(async () => {
    if (session) {
        await session.close();
    }
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('WPCM in VS Code (code-server)', () => {
    it('shows squiggles and Problems entries for abc-co.wpcm', async () => {
        const { page } = session;
        await step('open abc-co', () => session.openFile('abc-co.wpcm'));
        await step('squiggles', () => page.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 60_000 }));
        const markers = await step('problems panel', async () => {
            await page.keyboard.press('Control+Shift+M');
            const panel = page.locator('.markers-panel');
            await panel.waitFor();
            await panel.getByText('motion-noun-phrase').first().waitFor();
            return panel.innerText();
        });
        for (const code of ['motion-noun-phrase', 'motion-no-kpi', 'gap-training-only']) expect(markers).toContain(code);
        expect(markers).toContain('Deal closure');
    });

    it('applies the verb-phrase quick fix', async () => {
        const { page } = session;
        const file = join(workspace, 'abc-co.wpcm');
        await step('quick fix menu', async () => {
            const lines = readFileSync(file, 'utf8').split('\n');
            const line = lines.findIndex(l => l.includes('motion Closing "Deal closure"'));
            await session.goTo(line + 1, lines[line]!.indexOf('Deal') + 2);
            await page.keyboard.press('Control+.');
            await page.locator('.action-widget').getByText('Rewrite as "Close the deal"').waitFor();
        });
        await step('quick fix applied', async () => {
            // The preferred fix is the first, focused entry.
            await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Rewrite as "Close the deal"' }).waitFor();
            await page.keyboard.press('Enter');
            await page.locator('.action-widget').waitFor({ state: 'hidden' });
            await page.locator('.view-lines').getByText('"Close the deal"').first().waitFor();
            await page.keyboard.press('Control+S');
            await waitFor('the saved fix', () => (readFileSync(file, 'utf8').includes('motion Closing "Close the deal" {') ? true : undefined));
        });
        expect(readFileSync(file, 'utf8')).not.toContain('motion Closing "Deal closure"');
    });

    it('generates the dashboard from the command palette', async () => {
        const { page } = session;
        const folder = join(workspace, 'generated', 'dashboards');
        await step('generate dashboard', async () => {
            await session.runCommand('WPCM: Generate Dashboard');
            await page.locator('.notifications-toasts').getByText(/WPCM: wrote \d+ dashboard files? to/).waitFor();
        });
        const dashboards = await waitFor('dashboard files', () => {
            const files = existsSync(folder) ? readdirSync(folder).filter(f => f.endsWith('.dashboard.json')) : [];
            return files.length > 0 ? files : undefined;
        });
        const dashboard = JSON.parse(readFileSync(join(folder, dashboards[0]!), 'utf8')) as { persona: { id: string }; sections: Array<{ id: string; title: string }> };
        expect(dashboard.persona.id).toBe('LoanSeller');
        expect(dashboard.sections.map(s => s.title)).toEqual(['Close the deal', 'Advise customers on their financial position']);
        expect(existsSync(join(folder, 'dashboard.schema.json'))).toBe(true);
    });

    it('opens the dashboard preview', async () => {
        const { page } = session;
        const preview = await step('dashboard preview', async () => {
            await session.runCommand('WPCM: Open Dashboard Preview');
            const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
            await frame.locator('h1').getByText('Commercial loan seller').waitFor({ timeout: 60_000 });
            return frame.locator('#root').innerText();
        });
        expect(preview).toContain('Close the deal');
        expect(preview).toContain('No KPI yet');
        expect(preview).toContain('Training only');
    });

    it('updates the preview as you type', async () => {
        const { page } = session;
        await step('preview follows typing', async () => {
            const lines = readFileSync(join(workspace, 'abc-co.wpcm'), 'utf8').split('\n');
            const line = lines.findIndex(l => l.startsWith('persona LoanSeller'));
            await session.goTo(line + 1, lines[line]!.indexOf('loan seller') + 1);
            await page.keyboard.type('<b>senior</b> ');
            const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
            // Typed markup shows as text: the preview escapes model strings.
            await frame.locator('h1').getByText('Commercial <b>senior</b> loan seller').waitFor({ timeout: 30_000 });
        });
    });

    it('shows the sellers\' medians in the preview and opens the coaching report', async () => {
        const { page } = session;
        await step('preview with actuals', async () => {
            await session.openFile('direct-seller.wpcm');
            const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
            await frame.locator('h1').getByText('Direct Seller').waitFor({ timeout: 60_000 });
            await frame.locator('.actuals-source').getByText('direct-seller.actuals.csv').waitFor({ timeout: 30_000 });
            expect(await frame.locator('thead').first().innerText()).toContain('Median actual');
        });
        const report = await step('coaching report', async () => {
            await session.runCommand('WPCM: Open Coaching Report');
            return waitFor('the coaching report webview', async () => {
                for (const frame of page.frames()) {
                    const heading = await frame.locator('h1').first().textContent({ timeout: 200 }).catch(() => null);
                    if (heading?.includes('coaching report')) return frame.locator('body').innerText();
                }
                return undefined;
            }, 60_000);
        });
        expect(report).toContain('Direct Seller: coaching report');
        expect(report).toContain('Win rate');
    });
});
