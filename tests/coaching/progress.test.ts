/**
 * The progress line of a large actuals file (cli/src/coach/read-actuals.ts):
 * on a terminal's stderr, for files over PROGRESS_MIN_BYTES, "coach: <rows>
 * rows, <MB/s> MB/s, <percent> %", redrawn in place and cleared at the end;
 * read in blocks, the blocks' rows and bytes together. Never on stdout.
 * `progressEvery: 0` redraws it at every chunk, so the test does not depend
 * on how fast the machine reads.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Aggregator, catalogOf, modelView } from '@wpcm/language';
import { PROGRESS_MIN_BYTES, readActuals } from '../../cli/src/coach/read-actuals.js';
import { runCoach } from '../../cli/src/commands/coach.js';
import { inputOf } from '../generators/support.js';
import { tempFolder } from '../support/cli.js';
import { MODEL } from './support.js';

const LINE = /^\rcoach: ([\d,]+) rows, (\d+\.\d) MB\/s, (\d+) % {3}$/;
const CLEAR = '\r\x1b[K';

/** A canonical file of `rows` data rows (about 31 bytes each) in a new folder with the test model. */
function actuals(rows: number): { dir: string; path: string } {
    const dir = tempFolder('wpcm-progress-');
    const lines = ['date,seller,team,kpi,value,numerator,denominator'];
    for (let i = 0; i < rows; i++) lines.push(`2026-03-${String(2 + (i % 5)).padStart(2, '0')},s${i % 500},T${i % 7},Calls,${i % 17},,`);
    const path = join(dir, 'actuals.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'model.wpcm'), MODEL);
    return { dir, path };
}

async function read(path: string, blocks: boolean): Promise<{ shown: string[]; used: number }> {
    const catalog = catalogOf(modelView(await inputOf({ 'model.wpcm': MODEL })));
    const aggregator = new Aggregator(catalog, {});
    const shown: string[] = [];
    await readActuals(path, aggregator, {
        shown: 'actuals.csv', skipInvalid: false, progress: text => shown.push(text), progressEvery: 0,
        ...(blocks ? { split: { threads: 1, minBytes: 1, names: catalog.names, window: {} } } : {})
    });
    return { shown, used: aggregator.rows.used };
}

/** Rows and percent of each progress line; every line but the last must be one. */
function lines(shown: readonly string[]): Array<{ rows: number; percent: number }> {
    expect(shown.at(-1)).toBe(CLEAR);
    return shown.slice(0, -1).map(text => {
        const match = LINE.exec(text);
        expect(match, JSON.stringify(text)).not.toBeNull();
        return { rows: Number(match![1]!.replace(/,/g, '')), percent: Number(match![3]) };
    });
}

const ROWS = 160_000; // about 5 MB: over the 4 MiB from which the line is shown

describe('the progress line', () => {
    it('counts rows and percent up to the end of a file read in one piece, then clears itself', async () => {
        const { path } = actuals(ROWS);
        expect(statSync(path).size).toBeGreaterThan(PROGRESS_MIN_BYTES);
        const { shown, used } = await read(path, false);
        expect(used).toBe(ROWS);
        const progress = lines(shown);
        expect(progress.length).toBeGreaterThan(10); // a 64 KiB chunk at a time
        for (let i = 1; i < progress.length; i++) expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
        // Header included: at most every line of the file, at most 100 %.
        expect(progress.at(-1)!.rows).toBeLessThanOrEqual(ROWS + 1);
        expect(progress.at(-1)!.rows).toBeGreaterThan(ROWS * 0.9);
        expect(Math.max(...progress.map(p => p.percent))).toBeLessThanOrEqual(100);
        expect(progress.at(-1)!.percent).toBeGreaterThanOrEqual(90);
    });

    it('adds up the blocks of a file read in blocks', async () => {
        const { path } = actuals(ROWS);
        const { shown, used } = await read(path, true);
        expect(used).toBe(ROWS);
        const progress = lines(shown);
        for (let i = 1; i < progress.length; i++) expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
        // Far past the first quarter: the later blocks' rows come on top of the earlier ones'.
        expect(progress.at(-1)!.rows).toBeGreaterThan(ROWS * 0.9);
        expect(progress.at(-1)!.rows).toBeLessThanOrEqual(ROWS + 1);
        expect(progress.at(-1)!.percent).toBeLessThanOrEqual(100);
        expect(progress.at(-1)!.percent).toBeGreaterThanOrEqual(90);
    });

    it('is not shown for a file under PROGRESS_MIN_BYTES', async () => {
        const { path } = actuals(1000);
        expect((await read(path, false)).shown).toEqual([]);
        expect(PROGRESS_MIN_BYTES).toBe(4 << 20);
    });

    it('stays off stdout: wpcm coach --format json --stdout prints the report alone', async () => {
        const { dir } = actuals(ROWS);
        const out: string[] = [];
        const err: string[] = [];
        const progress: string[] = [];
        const code = await runCoach(['model.wpcm'], { actuals: 'actuals.csv', format: 'json', stdout: true }, {
            stdout: text => out.push(text), stderr: text => err.push(text), progress: text => progress.push(text), cwd: dir
        });
        expect(code).toBe(0);
        expect(JSON.parse(out.join('')).rows.used).toBe(ROWS);
        expect(out.join('')).not.toContain('\r');
        expect(progress.at(-1)).toBe(CLEAR);
        expect(err).toEqual([]);
    });
});
