/** `wpcm/coachingFromCsv`, what the playground asks the Web Worker server: the report from CSV text, bad rows as file:line:column. */
import { describe, expect, it } from 'vitest';
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import { coachingFromCsv } from '../../server/src/coaching-csv-handler.js';
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

    it('says what an empty file lacks', async () => {
        expect(await run('')).toEqual({ kind: 'error', message: 'actuals.csv: the file is empty; it needs a header row (date, seller, team, kpi, value)' });
    });
});
