/**
 * A large actuals file is read in blocks (cli/src/coach/file-blocks.ts,
 * read-in-blocks.ts); whatever the threads, nothing observable may change:
 * the report, the row counts, the first error with its line and column, the
 * rows skipped, the warnings. WPCM_SPLIT_BYTES lowers the 32 MB threshold so
 * that small files split. From the sources (vitest) the blocks are read on
 * the main thread; tests/cli/coach-threads.test.ts runs the bundle's workers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogOf, modelView, Aggregator } from '@wpcm/language';
import { fileBlocks, fileHead } from '../../cli/src/coach/file-blocks.js';
import { readInBlocks } from '../../cli/src/coach/read-in-blocks.js';
import { inputOf } from '../generators/support.js';
import { runCli, tempFolder } from '../support/cli.js';
import { MODEL } from './support.js';

const HEADER = 'date,seller,team,kpi,value,numerator,denominator';
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

/** 5 days x 20 sellers x 2 rows: 200 data rows, line 1 the header. */
function rows(value: (s: number, d: number) => string = (s, d) => String((s * 7 + d) % 13)): string[] {
    const lines: string[] = [];
    DAYS.forEach((date, d) => {
        for (let s = 0; s < 20; s++) {
            lines.push(`${date},s${String(s).padStart(2, '0')},T${s % 3},Calls,${value(s, d)},,`);
            lines.push(`${date},s${String(s).padStart(2, '0')},T${s % 3},WinRate,,${(s + d) % 4},4`);
        }
    });
    return lines;
}

function file(lines: readonly string[]): { dir: string; path: string; text: string } {
    const dir = tempFolder('wpcm-blocks-');
    const text = `${[HEADER, ...lines].join('\n')}\n`;
    writeFileSync(join(dir, 'model.wpcm'), MODEL);
    writeFileSync(join(dir, 'actuals.csv'), text);
    return { dir, path: join(dir, 'actuals.csv'), text };
}

/** `wpcm coach --format json --stdout` with the file read whole (no split), or in blocks on `threads` threads. */
async function coachWith(dir: string, split: 'whole' | 1 | 2 | 4, extra: string[] = []) {
    vi.stubEnv('WPCM_SPLIT_BYTES', split === 'whole' ? String(1 << 30) : '1');
    vi.stubEnv('WPCM_THREADS', split === 'whole' ? '1' : String(split));
    return runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout', ...extra], dir);
}

afterEach(() => { vi.unstubAllEnvs(); });

describe('the blocks of a file', () => {
    it('end at the first line break from each quarter on', () => {
        const dir = tempFolder('wpcm-blocks-');
        const path = join(dir, 'ten.csv');
        writeFileSync(path, 'aaaaaaaaa\n'.repeat(8)); // 80 bytes, line breaks at 9, 19, 29, ...
        // Quarters at 20, 40, 60: the line breaks at 29, 49 and 69 end the first three blocks.
        expect(fileBlocks(path, 80, { newline: '\n', delimiter: ',' })).toEqual([
            { start: 0, end: 30 }, { start: 30, end: 50 }, { start: 50, end: 70 }, { start: 70, end: 80 }
        ]);
    });

    it('end only at CR LF in a CR LF file', () => {
        const dir = tempFolder('wpcm-blocks-');
        const path = join(dir, 'crlf.csv');
        // A lone LF at 11 (inside the second row, for papaparse), the CR LF after it at 15-16.
        const text = 'a,b\r\nccc,d\ne,f\r\ng,h\r\n';
        writeFileSync(path, text);
        expect(fileBlocks(path, text.length, { newline: '\r\n', delimiter: ',' }, 2)).toEqual([{ start: 0, end: 16 }, { start: 16, end: text.length }]);
        expect(fileHead(path)).toEqual({ format: { newline: '\r\n', delimiter: ',' }, header: ['a', 'b'] });
    });
});

describe('wpcm coach on a file read in blocks', () => {
    it('reads the blocks, not the file whole, and counts every row once', async () => {
        const { path, text } = file(rows());
        const view = modelView(await inputOf({ 'model.wpcm': MODEL }));
        const catalog = catalogOf(view);
        const aggregator = new Aggregator(catalog);
        const skipped = await readInBlocks(path, text.length, aggregator, { shown: 'actuals.csv', skipInvalid: false, names: catalog.names, window: {}, threads: 2 });
        expect(skipped).toEqual([]);
        expect(aggregator.rows).toEqual({ read: 200, used: 200, outsideWindow: 0, skipped: 0, unknownKpi: 0 });
        expect([...aggregator.sellers.keys()].slice(0, 3)).toEqual(['s00', 's01', 's02']);
        expect(aggregator.sellers.size).toBe(20);
    });

    it('gives the report of the whole file, on one thread or several', async () => {
        const { dir } = file(rows());
        const whole = await coachWith(dir, 'whole');
        expect(whole.code).toBe(0);
        const report = JSON.parse(whole.stdout);
        expect(report.rows).toEqual({ read: 200, used: 200, outsideWindow: 0, skipped: 0, unknownKpi: 0 });
        // s00: Calls (0 + 1 + 2 + 3 + 4) over 5 days = 2 per day; WinRate (0 + 1 + 2 + 3 + 0) / 20 = 30 %.
        const s00 = report.personas[0].sellers[0];
        expect(s00.kpis.find((k: { id: string }) => k.id === 'Calls')).toMatchObject({ actual: 2, rows: 5 });
        expect(s00.kpis.find((k: { id: string }) => k.id === 'WinRate')).toMatchObject({ actual: 30, rows: 5 });
        for (const threads of [1, 2, 4] as const) {
            const split = await coachWith(dir, threads);
            expect(split.stderr).toBe('');
            expect(split.stdout).toBe(whole.stdout);
        }
    });

    it('adds decimals in the same order on one thread and on several', async () => {
        // 0.1 + 0.2 + ... is not associative: the blocks' sums are added in file order whatever the threads.
        const { dir } = file(rows((s, d) => `${s}.${d + 1}`));
        const one = await coachWith(dir, 1);
        expect(one.code).toBe(0);
        expect((await coachWith(dir, 2)).stdout).toBe(one.stdout);
        expect((await coachWith(dir, 4)).stdout).toBe(one.stdout);
    });

    it('stops at the first bad row by file order, with its line and column in the file', async () => {
        const lines = rows();
        // Lines 150 (in the third block) and 72 (in the second) are bad; 72 comes first.
        lines[148] = '2026-03-04,s14,T2,Calls,many,,';
        lines[70] = '2026-03-03,s15,T0,Calls,lots,,';
        const { dir, path, text } = file(lines);
        const blocks = fileBlocks(path, text.length, { newline: '\n', delimiter: ',' });
        const offset = text.indexOf('lots');
        expect(offset >= blocks[1]!.start && offset < blocks[1]!.end).toBe(true);
        expect(text.indexOf('many')).toBeGreaterThanOrEqual(blocks[2]!.start);
        const expected = "wpcm: actuals.csv:72:25: value 'lots' is not a number (use --skip-invalid to skip bad rows)\n";
        const whole = await coachWith(dir, 'whole');
        expect(whole.stderr).toBe(expected);
        expect(whole.code).toBe(2);
        for (const threads of [1, 2] as const) {
            const split = await coachWith(dir, threads);
            expect(split.stderr).toBe(expected);
            expect(split.code).toBe(2);
            expect(split.stdout).toBe('');
        }
    });

    it('refuses a file that is not UTF-8 at the first such character by file order, as a read in one piece does', async () => {
        const lines = rows();
        // Windows-1252 (Excel's plain "CSV"): an ü on line 150 (third block) and on line 72 (second block), at column 13.
        lines[148] = '2026-03-04,M\xfcller,T2,Calls,4,,';
        lines[70] = '2026-03-03,J\xfcrgen,T0,Calls,3,,';
        const { dir, path } = file(lines);
        const text = [HEADER, ...lines].join('\n') + '\n';
        writeFileSync(path, Buffer.from(text, 'latin1'));
        const blocks = fileBlocks(path, text.length, { newline: '\n', delimiter: ',' });
        const offset = text.indexOf('J\xfc');
        expect(offset >= blocks[1]!.start && offset < blocks[1]!.end).toBe(true);
        expect(text.indexOf('M\xfc')).toBeGreaterThanOrEqual(blocks[2]!.start);
        const expected = 'wpcm: actuals.csv:72:13: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead\n';
        for (const split of ['whole', 1, 2] as const) {
            const run = await coachWith(dir, split);
            expect(run.stderr, String(split)).toBe(expected);
            expect(run.code).toBe(2);
            expect(run.stdout).toBe('');
        }
        // The block reader itself says so, not the read in one piece it could fall back to.
        const view = modelView(await inputOf({ 'model.wpcm': MODEL }));
        const catalog = catalogOf(view);
        await expect(readInBlocks(path, text.length, new Aggregator(catalog), { shown: 'actuals.csv', skipInvalid: false, names: catalog.names, window: {}, threads: 2 }))
            .rejects.toThrow('actuals.csv:72:13: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead');
    });

    it('skips the same rows with --skip-invalid and names the first three by file order', async () => {
        const lines = rows();
        lines[10] = '2026-03-02,s05,T2,Calls,x,,';
        lines[118] = '2026-03-03,s19,T1,Calls,lots,,';
        lines[160] = '2026-03-06,s00,T0,Calls,,1,';
        lines[190] = '2026-03-06,s15,T0,Calls,y,,';
        lines[195] = '2026-03-06,s17,T2,Emails,3,,';
        const { dir } = file(lines);
        const whole = await coachWith(dir, 'whole', ['--skip-invalid']);
        expect(JSON.parse(whole.stdout).rows).toEqual({ read: 200, used: 195, outsideWindow: 0, skipped: 4, unknownKpi: 1 });
        expect(whole.stderr).toBe([
            'wpcm: warning: 1 row names a KPI the model does not declare, not counted: Emails (1)',
            "wpcm: warning: skipped 4 invalid rows; first: actuals.csv:12:25: value 'x' is not a number; actuals.csv:120:25: value 'lots' is not a number; actuals.csv:162:28: numerator without denominator",
            ''
        ].join('\n'));
        for (const threads of [1, 2] as const) {
            const split = await coachWith(dir, threads, ['--skip-invalid']);
            expect(split.stderr).toBe(whole.stderr);
            expect(split.stdout).toBe(whole.stdout);
        }
    });

    it('places bad rows in the file as a read in one piece does, after quoted teams with line breaks in earlier blocks', async () => {
        const lines = rows();
        // Row 4 (lines 4-5) and row 12 (lines 13-15) get quoted teams of 2 and 3 lines, inside the first block.
        lines[2] = lines[2]!.replace(',T1,', ',"T1\nNorth",');
        lines[10] = lines[10]!.replace(',T2,', ',"T2\nSouth\nEast",');
        // Row 182 of the file, in the last block: 3 line breaks above it put it on line 185; its value, the 5th field,
        // starts at column 27 (11 + 4 + 5 + 6 characters with their commas before it; the quotes count).
        lines[180] = '2026-03-06,s10,"T1",Calls,none,,';
        const { dir, path, text } = file(lines);
        expect(fileBlocks(path, text.length, { newline: '\n', delimiter: ',' }).length).toBe(4);
        const message = "actuals.csv:185:27: value 'none' is not a number";
        for (const split of [2, 'whole'] as const) {
            expect((await coachWith(dir, split)).stderr).toBe(`wpcm: ${message} (use --skip-invalid to skip bad rows)\n`);
            expect((await coachWith(dir, split, ['--skip-invalid'])).stderr).toBe(`wpcm: warning: skipped 1 invalid row; first: ${message}\n`);
        }
    });

    it('reads the file whole when a boundary falls inside a quoted field', async () => {
        const lines = rows();
        // A team of 3,000 characters over 1,500 lines, quoted, on line 44: the first quarter falls inside it.
        lines[42] = lines[42]!.replace(',T1,', `,"T1${'\nx'.repeat(1500)}",`);
        const { dir, path, text } = file(lines);
        const [, second] = fileBlocks(path, text.length, { newline: '\n', delimiter: ',' });
        expect(text.slice(0, second!.start).split('"').length % 2).toBe(0); // An odd count of quotes before the boundary.
        const view = modelView(await inputOf({ 'model.wpcm': MODEL }));
        const catalog = catalogOf(view);
        const aggregator = new Aggregator(catalog);
        expect(await readInBlocks(path, text.length, aggregator, { shown: 'actuals.csv', skipInvalid: false, names: catalog.names, window: {}, threads: 2 })).toBeUndefined();
        const whole = await coachWith(dir, 'whole');
        expect(JSON.parse(whole.stdout).rows.read).toBe(200);
        expect((await coachWith(dir, 2)).stdout).toBe(whole.stdout);
        // A bad row after it: row 152, on line 1652 of the file (the team's 1,500 line breaks before it), as the file read whole says.
        const bad = [...lines];
        bad[150] = '2026-03-06,s10,T1,Calls,none,,';
        const badDir = file(bad).dir;
        expect((await coachWith(badDir, 2)).stderr).toBe("wpcm: actuals.csv:1652:25: value 'none' is not a number (use --skip-invalid to skip bad rows)\n");
        expect((await coachWith(badDir, 'whole')).stderr).toBe((await coachWith(badDir, 2)).stderr);
    });

    it('reads the file whole when a stray quote misleads the split into a quoted field', async () => {
        const lines = rows();
        // A quote inside an unquoted field is data to papaparse but counts for the split:
        // from line 3 on the count is odd, so the split picks the line break inside "T1\nX" further down.
        lines[1] = '2026-03-02,s"00,T0,WinRate,,0,4';
        for (const at of [60, 110, 160]) lines[at] = lines[at]!.replace(',T1,', ',"T1\nX",');
        const { dir, path, text } = file(lines);
        const view = modelView(await inputOf({ 'model.wpcm': MODEL }));
        const catalog = catalogOf(view);
        const aggregator = new Aggregator(catalog);
        expect(await readInBlocks(path, text.length, aggregator, { shown: 'actuals.csv', skipInvalid: false, names: catalog.names, window: {}, threads: 2 })).toBeUndefined();
        expect(aggregator.rows.read).toBe(0);
        const whole = await coachWith(dir, 'whole');
        expect(whole.code).toBe(0);
        expect(JSON.parse(whole.stdout).rows.read).toBe(200);
        expect((await coachWith(dir, 2)).stdout).toBe(whole.stdout);
    });
});
