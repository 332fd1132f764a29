/** `wpcm/coachingFromCsv`, what the playground asks the Web Worker server: the report from CSV text, bad rows as file:line:column. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import { coachingFromCsv } from '../../server/src/coaching-csv-handler.js';
import { runCli, tempFolder } from '../support/cli.js';
import { readExample } from '../support/workspace.js';
import { DIRECT_SELLER_URI, directSellerServices } from './support.js';

async function run(csv: string, config?: WpcmConfig) {
    return coachingFromCsv(await directSellerServices(config), { uri: DIRECT_SELLER_URI, csv });
}

describe('coaching from CSV text', () => {
    it('writes the same HTML pages as wpcm coach for the example actuals', async () => {
        const result = await run(readExample('direct-seller.actuals.csv'));
        expect(result.kind).toBe('files');
        if (result.kind !== 'files') return;
        expect(result.files.map(f => f.path)).toContain('index.html');
        expect(result.sellers).toBeGreaterThan(3);
        expect(result.files.filter(f => f.path.endsWith('.html')).length).toBe(result.sellers + 2);
    });

    it('names the line and column of a bad value', async () => {
        const csv = 'date,seller,team,kpi,value\n2026-03-02,dana,West,WinRate,60\n2026-03-03,dana,West,WinRate,lots\n';
        // value starts at column 1 + 11 (date,) + 5 (dana,) + 5 (West,) + 8 (WinRate,) = 30
        expect(await run(csv)).toEqual({ kind: 'error', message: "actuals.csv:3:30: value 'lots' is not a number" });
    });

    it('counts per-day targets in the project\'s working days', async () => {
        // Friday and Saturday, 60 touches each: 120 a day over Friday alone, 60 a day with Saturdays.
        const csv = 'date,seller,team,kpi,value\n2026-03-06,ann,A,Touches,60\n2026-03-07,ann,A,Touches,60\n';
        const page = async (config?: WpcmConfig) => {
            const result = await run(csv, config);
            if (result.kind !== 'files') throw new Error(result.message);
            return result.files.find(f => f.path.endsWith('/ann.html'))!.content;
        };
        const actual = (html: string) => /<td>Touches to contacts<\/td><td class="n">([^<]+)<\/td>/.exec(html)?.[1];
        expect(actual(await page())).toBe('120 touches per day');
        expect(actual(await page({ coaching: { workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } }))).toBe('60 touches per day');
    });

    it('says what an empty file lacks, in the words of wpcm coach', async () => {
        expect(await run('')).toEqual({ kind: 'error', message: 'actuals.csv: the file is empty (expected a header row: date,seller,team,kpi,value)' });
    });
});

/**
 * The browser (this request) and `wpcm coach` read the same bad CSV and must
 * name the same file:line:column: the physical line the bad field starts on
 * (after blank lines and quoted fields with line breaks) and its column in
 * the text (quotes count), with a byte order mark and CR LF line breaks.
 * Each place is computed by hand, then compared with the CLI's.
 */
describe('coaching from CSV text names the same place as wpcm coach', () => {
    async function cliMessage(csv: string, name = 'actuals.csv'): Promise<string> {
        const dir = tempFolder('wpcm-csv-parity-');
        writeFileSync(join(dir, 'model.wpcm'), readExample('direct-seller.wpcm'));
        writeFileSync(join(dir, name), csv);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', name, '--format', 'json', '--stdout'], dir);
        expect(run.code).toBe(2);
        // The CLI's prefix and its --skip-invalid hint, which the browser has no use for.
        return run.stderr.replace(/^wpcm: /, '').replace(/ \(use --skip-invalid to skip bad rows\)\n$|\n$/, '');
    }

    const HEADER = 'date,seller,team,kpi,value';
    const cases: [string, string, string][] = [
        // Line 4: the blank line 2 and the line of spaces 3 count, though no row is read from them.
        ['blank lines before the bad row', `${HEADER}\n\n   \n2026-03-03,dana,West,WinRate,lots\n`, "actuals.csv:4:30: value 'lots' is not a number"],
        // The team "West\nCoast" takes lines 2 and 3; the bad row starts on line 4.
        ['a quoted field with a line break in an earlier row', `${HEADER}\n2026-03-02,dana,"West\nCoast",WinRate,60\n2026-03-03,dana,West,WinRate,lots\n`, "actuals.csv:4:30: value 'lots' is not a number"],
        // The row starts on line 2; its value is on line 3, after 'Coast",WinRate,' (15 characters): column 16.
        ['a bad field after a line break in the same row', `${HEADER}\n2026-03-03,dana,"West\nCoast",WinRate,lots\n`, "actuals.csv:3:16: value 'lots' is not a number"],
        // Every field quoted: the value's opening quote is at 1 + 13 + 7 + 7 + 10 = 38.
        ['quoted fields', `${HEADER}\n"2026-03-03","dana","West","WinRate","lots"\n`, "actuals.csv:2:38: value 'lots' is not a number"],
        // A doubled quote inside the team ("We""st" is We"st) takes a column more than its parsed text.
        ['a doubled quote', `${HEADER}\n2026-03-03,dana,"We""st",WinRate,lots\n`, "actuals.csv:2:34: value 'lots' is not a number"],
        // The byte order mark is no column: the header's quoted 'date' is at column 1, the bad date at 1.
        ['a byte order mark before a quoted header', `\uFEFF"date","seller","team","kpi","value"\n03/02/2026,dana,West,WinRate,60\n`, "actuals.csv:2:1: date '03/02/2026' is not a calendar date in the form YYYY-MM-DD"],
        ['CR LF line breaks, a blank line and a quoted line break', `${HEADER}\r\n\r\n2026-03-02,dana,"West\r\nCoast",WinRate,60\r\n2026-03-03,dana,West,WinRate,lots\r\n`, "actuals.csv:5:30: value 'lots' is not a number"],
        // A header after blank lines: it is read from line 3, its missing column named at the header's start.
        ['a bad header after blank lines', `\n\ndate,seller,kpi,value\n2026-03-02,ann,WinRate,1\n`, "actuals.csv:3:1: missing column 'team' (the header has 'date', 'seller', 'kpi', 'value')"]
    ];

    it('names the file as the client names it', async () => {
        const csv = `${HEADER}\n2026-03-03,dana,West,WinRate,lots\n`;
        const expected = "march-actuals.csv:2:30: value 'lots' is not a number";
        expect(await coachingFromCsv(await directSellerServices(), { uri: DIRECT_SELLER_URI, csv, name: 'march-actuals.csv' })).toEqual({ kind: 'error', message: expected });
        expect(await cliMessage(csv, 'march-actuals.csv')).toBe(expected);
    });

    it('refuses a file that is not UTF-8 (Excel\'s plain "CSV") at the same place', async () => {
        // The bytes as Excel saves them in Windows-1252; the browser decodes them as UTF-8, the é as U+FFFD.
        // Line 3 after CR LF line breaks; "2026-03-03,Ren" is 14 characters.
        const bytes = Buffer.from(`${HEADER}\r\n2026-03-02,dana,West,WinRate,60\r\n2026-03-03,Ren\xe9e,West,WinRate,50\r\n`, 'latin1');
        const expected = 'actuals.csv:3:15: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead';
        expect(await run(new TextDecoder().decode(bytes))).toEqual({ kind: 'error', message: expected });
        const dir = tempFolder('wpcm-csv-parity-');
        writeFileSync(join(dir, 'model.wpcm'), readExample('direct-seller.wpcm'));
        writeFileSync(join(dir, 'actuals.csv'), bytes);
        const cli = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout'], dir);
        expect(cli.stderr).toBe(`wpcm: ${expected}\n`);
        expect(cli.code).toBe(2);
    });

    it('says the same of a file of blank lines only', async () => {
        const csv = '\uFEFF\r\n  \r\n';
        const expected = 'actuals.csv: the file is empty (expected a header row: date,seller,team,kpi,value)';
        expect(await run(csv)).toEqual({ kind: 'error', message: expected });
        expect(await cliMessage(csv)).toBe(expected);
    });

    for (const [name, csv, expected] of cases) {
        it(name, async () => {
            expect(await run(csv)).toEqual({ kind: 'error', message: expected });
            expect(await cliMessage(csv)).toBe(expected);
        });
    }
});
