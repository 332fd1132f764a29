/**
 * The browser playground (site/, `npm run playground`) in Debian's headless
 * Chromium, served over HTTP on 127.0.0.1: the language server runs in a
 * Web Worker; squiggles, completion, the verb-phrase quick fix, the preview
 * after an edit, and a Grafana download that parses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_FINDINGS } from '../support/examples.js';
import { artifactDir, recordTiming, requireBuilt, ROOT } from './support.js';
import { serveFolder } from './static-server.js';

const SITE = join(ROOT, 'site');
const CHROMIUM = process.env.WPCM_CHROMIUM ?? '/usr/bin/chromium';
const shots = artifactDir('playground');

let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let page: Page;
let profile: string;
const errors: string[] = [];

beforeAll(async () => {
    requireBuilt(join(SITE, 'index.html'), join(SITE, 'server-web.js'));
    server = await serveFolder(SITE);
    profile = mkdtempSync(join(tmpdir(), 'wpcm-playground-'));
    context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, acceptDownloads: true, viewport: { width: 1440, height: 900 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', error => errors.push(String(error)));
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
});

afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Puts the cursor right after the first occurrence of `text`, with the editor's own search (Ctrl+F), as a user would. */
async function cursorAfter(text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+f');
    const search = page.locator('.cm-search input[name="search"]');
    await search.pressSequentially(text);
    await search.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
}

/** The findings the editor holds, from its Problems panel, which lists them all, not only those in view. */
async function lintPanelItems(): Promise<string[]> {
    await page.click('#problems');
    const items = page.locator('.cm-panel.cm-panel-lint li');
    await items.first().waitFor();
    const texts = await items.allInnerTexts();
    await page.keyboard.press('Escape');
    return texts;
}

describe('the playground', () => {
    it('shows the example\'s findings as squiggles, loaded from a static server', async () => {
        const started = performance.now();
        await page.goto(server.url);
        await page.locator('.cm-lintRange-warning').first().waitFor();
        recordTiming('playground', 'load to first squiggle', performance.now() - started);
        await page.locator('body[data-ready="true"]').waitFor();
        // direct-seller.wpcm: two kpi-no-numeric-target warnings and four infos.
        const items = await lintPanelItems();
        expect(items).toHaveLength(EXAMPLE_FINDINGS['direct-seller.wpcm'].length);
        expect(items.filter(item => item.includes('is not a number') || item.includes('has no target'))).toHaveLength(2);
        expect(await page.locator('#preview').innerText()).toContain('Prospect for leads');
        expect(await page.locator('#outline').innerText()).toContain('DirectSeller');
        await page.screenshot({ path: join(shots, 'loaded.png') });
    });

    it('opens a completion list', async () => {
        await cursorAfter('measured in ');
        await page.keyboard.press('Control+Space');
        const list = page.locator('.cm-tooltip-autocomplete');
        await list.waitFor();
        expect(await list.innerText()).toContain('CRM');
        await page.keyboard.press('Escape');
    });

    it('applies the verb-phrase quick fix', async () => {
        await cursorAfter('motion Close "');
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('Deal closure" {');
        await page.keyboard.press('Delete');
        await page.locator('.cm-lintRange-warning', { hasText: 'Deal closure' }).waitFor();
        await page.click('#problems');
        const fix = page.locator('.cm-panel.cm-panel-lint button', { hasText: 'Rewrite as "Close the deal"' });
        await fix.waitFor();
        await page.screenshot({ path: join(shots, 'quick-fix.png') });
        await fix.click();
        await page.locator('.cm-content', { hasText: 'motion Close "Close the deal" {' }).waitFor();
        await page.locator('.cm-lintRange-warning', { hasText: 'Deal closure' }).waitFor({ state: 'detached' });
    });

    it('updates the preview after an edit', async () => {
        await cursorAfter('target >= 60');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.type('75');
        await page.locator('#preview', { hasText: 'at least 75 touches per day' }).waitFor();
        await page.screenshot({ path: join(shots, 'edited.png') });
    });

    it('downloads a Grafana dashboard that parses', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-grafana')]);
        expect(download.suggestedFilename()).toBe('direct-seller.grafana.json');
        const dashboard = JSON.parse(readFileSync((await download.path())!, 'utf8'));
        expect(dashboard.title).toBe('Direct Seller');
        expect(dashboard.panels.filter((p: { type: string }) => p.type === 'stat').map((p: { title: string }) => p.title)).toContain('Touches to contacts');
    });

    it('computes the coaching report from a CSV the user picks, in the page', async () => {
        const [download] = await Promise.all([
            page.waitForEvent('download', { timeout: 60_000 }),
            page.setInputFiles('#actuals', join(ROOT, 'examples/direct-seller.actuals.csv'))
        ]);
        expect(download.suggestedFilename()).toBe('coaching-report.zip');
        const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
        expect(Object.keys(files)).toContain('index.html');
        const index = strFromU8(files['index.html']!);
        expect(index).toContain('Direct Seller');
        expect(Object.keys(files).filter(name => name.endsWith('.html')).length).toBeGreaterThan(5);
    });

    it('names a bad row of a picked CSV by the file\'s name, line and column, as wpcm coach does', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'wpcm-playground-csv-'));
        const path = join(dir, 'march-actuals.csv');
        // The team "West\nCoast" takes lines 3 and 4 after the blank line 2; 'lots' starts at column 16 of line 4 (after 'Coast",WinRate,').
        writeFileSync(path, 'date,seller,team,kpi,value\n\n2026-03-03,dana,"West\nCoast",WinRate,lots\n');
        await page.setInputFiles('#actuals', path);
        await page.locator('#status', { hasText: 'march-actuals.csv' }).waitFor();
        expect(await page.locator('#status').innerText()).toBe("march-actuals.csv:4:16: value 'lots' is not a number");
        rmSync(dir, { recursive: true, force: true });
    });

    it('computes the coaching report from a CSV dropped on the editor or beside it, leaving the model as it was', async () => {
        const csv = readFileSync(join(ROOT, 'examples/direct-seller.actuals.csv'), 'utf8');
        const before = await page.locator('.cm-content').innerText();
        for (const target of ['.cm-content', 'header']) {
            const data = await page.evaluateHandle(text => {
                const transfer = new DataTransfer();
                transfer.items.add(new File([text], 'direct-seller.actuals.csv', { type: 'text/csv' }));
                return transfer;
            }, csv);
            await page.dispatchEvent(target, 'dragover', { dataTransfer: data });
            const [download] = await Promise.all([
                page.waitForEvent('download', { timeout: 60_000 }),
                page.dispatchEvent(target, 'drop', { dataTransfer: data })
            ]);
            expect(download.suggestedFilename()).toBe('coaching-report.zip');
            expect(Object.keys(unzipSync(new Uint8Array(readFileSync((await download.path())!))))).toContain('index.html');
        }
        // CodeMirror's own drop would have inserted the rows into the model.
        expect(await page.locator('.cm-content').innerText()).toBe(before);
        expect(page.url()).toBe(server.url);
    });

    it('says there is nothing to download for the gap reports of a model without gaps, instead of an empty zip', async () => {
        // direct-seller.wpcm declares no HPT gaps; `wpcm generate gaps` says "Nothing to generate: the model has no gaps."
        let downloaded = false;
        const onDownload = () => { downloaded = true; };
        page.on('download', onDownload);
        await page.click('#download-gaps');
        await page.locator('#status', { hasText: 'Nothing to download: the model has no gaps' }).waitFor();
        expect(await page.locator('#status').innerText()).toBe('Nothing to download: the model has no gaps');
        page.off('download', onDownload);
        expect(downloaded).toBe(false);
    });

    it('keeps the model across a reload, and Example brings the example back', async () => {
        // Non-ASCII and an astral character: the text must come back as typed.
        const line = '// kept: Zürich ✓ 😀';
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(`\n${line}`);
        await page.waitForFunction(text => localStorage.getItem('wpcm-playground:model')?.endsWith(text), line);
        await page.reload();
        await page.locator('body[data-ready="true"]').waitFor();
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.locator('.cm-line', { hasText: line }).waitFor();
        // The edits of the tests above came back too: the target typed as 75.
        await page.locator('#preview', { hasText: 'at least 75 touches per day' }).waitFor();
        await page.click('#example');
        await page.locator('#preview', { hasText: 'at least 60 touches per day' }).waitFor();
        await page.reload();
        await page.locator('body[data-ready="true"]').waitFor();
        await page.locator('#preview', { hasText: 'at least 60 touches per day' }).waitFor();
        await page.keyboard.press('Control+End');
        expect(await page.locator('.cm-line', { hasText: 'kept: Z' }).count()).toBe(0);
    });

    it('logged no errors in the page', () => {
        expect(errors).toEqual([]);
    });
});
