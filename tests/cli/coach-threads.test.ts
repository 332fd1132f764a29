/**
 * The bundled CLI reads a large actuals file with worker threads
 * (out/coach-worker.cjs): the same report, the same first error and the same
 * skipped rows as on one thread. WPCM_SPLIT_BYTES=1 splits a small file.
 * Also: the worker's bundle stays small, and Vega is not in cli.cjs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../support/cli.js';
import { MODEL } from '../coaching/support.js';

const OUT = fileURLToPath(new URL('../../out/', import.meta.url));

function coach(dir: string, env: Record<string, string>, ...extra: string[]) {
    return spawnSync(process.execPath, [join(OUT, 'cli.cjs'), 'coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout', ...extra], {
        cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env }
    });
}

/** 10 days x 30 sellers x 2 rows, line 1 the header; `bad` replaces lines by number. */
function workspace(bad: Record<number, string> = {}): string {
    const lines = ['date,seller,team,kpi,value,numerator,denominator'];
    for (let d = 0; d < 10; d++) {
        const date = `2026-03-${String(2 + d + 2 * Math.floor(d / 5)).padStart(2, '0')}`;
        for (let s = 0; s < 30; s++) {
            lines.push(`${date},s${s},T${s % 4},Calls,${(s * 3 + d) % 11}.5,,`, `${date},s${s},T${s % 4},WinRate,,${(s + d) % 3},3`);
        }
    }
    for (const [line, text] of Object.entries(bad)) lines[Number(line) - 1] = text;
    const dir = tempFolder('wpcm-threads-');
    writeFileSync(join(dir, 'model.wpcm'), MODEL);
    writeFileSync(join(dir, 'actuals.csv'), `${lines.join('\n')}\n`);
    return dir;
}

const ONE = { WPCM_SPLIT_BYTES: '1', WPCM_THREADS: '1' };
const TWO = { WPCM_SPLIT_BYTES: '1', WPCM_THREADS: '2' };
const WHOLE = { WPCM_THREADS: '1' };

describe('wpcm coach with worker threads (bundle)', () => {
    it('gives the same report on two threads as on one, and as the file read whole', () => {
        const dir = workspace();
        const one = coach(dir, ONE);
        expect(one.status).toBe(0);
        expect(JSON.parse(one.stdout).rows).toEqual({ read: 600, used: 600, outsideWindow: 0, skipped: 0, unknownKpi: 0 });
        const two = coach(dir, TWO);
        expect(two.stderr).toBe('');
        expect(two.stdout).toBe(one.stdout);
        // Halves add up exactly, so even the file read in one piece gives the same sums.
        expect(coach(dir, WHOLE).stdout).toBe(one.stdout);
    });

    it('stops at the first bad row by file order, in the second block, with its line and column', () => {
        // Line 400 is in the third quarter, line 200 in the second.
        const dir = workspace({ 200: '2026-03-06,s9,T1,Calls,lots,,', 400: '2026-03-11,s9,T1,Calls,many,,' });
        const expected = "wpcm: actuals.csv:200:24: value 'lots' is not a number (use --skip-invalid to skip bad rows)\n";
        for (const env of [TWO, ONE, WHOLE]) {
            const run = coach(dir, env);
            expect(run.stderr).toBe(expected);
            expect(run.status).toBe(2);
        }
    });

    it('stops at the first character that is not UTF-8 by file order, read by a worker, as on one thread', () => {
        // Windows-1252 ü (FC) on lines 200 and 400; "2026-03-06,J" is 12 characters.
        const dir = workspace({ 200: '2026-03-06,J\xfcrgen,T1,Calls,3,,', 400: '2026-03-11,M\xfcller,T1,Calls,4,,' });
        const path = join(dir, 'actuals.csv');
        writeFileSync(path, Buffer.from(readFileSync(path, 'utf8'), 'latin1'));
        const expected = 'wpcm: actuals.csv:200:13: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead\n';
        for (const env of [TWO, ONE, WHOLE]) {
            const run = coach(dir, env);
            expect(run.stderr).toBe(expected);
            expect(run.status).toBe(2);
        }
    });

    it('skips the same rows with --skip-invalid', () => {
        const dir = workspace({ 20: '2026-03-02,s9,T1,Calls,x,,', 350: '2026-03-09,s4,T0,Calls,,1,', 590: '2026-03-13,s14,T2,Calls,y,,' });
        const two = coach(dir, TWO, '--skip-invalid');
        expect(two.status).toBe(0);
        expect(JSON.parse(two.stdout).rows).toEqual({ read: 600, used: 597, outsideWindow: 0, skipped: 3, unknownKpi: 0 });
        expect(two.stderr).toBe("wpcm: warning: skipped 3 invalid rows; first: actuals.csv:20:24: value 'x' is not a number; "
            + 'actuals.csv:350:27: numerator without denominator; actuals.csv:590:25: value \'y\' is not a number\n');
        const one = coach(dir, ONE, '--skip-invalid');
        expect(one.stderr).toBe(two.stderr);
        expect(one.stdout).toBe(two.stdout);
    });

    it('stops the workers it started ahead when the model is refused', () => {
        // The workers start before the model is read; a model with an error must still end the process at once.
        const dir = workspace();
        writeFileSync(join(dir, 'model.wpcm'), MODEL.replace('measured in CRM }', 'measured in Warehouse }'));
        const started = Date.now();
        const run = coach(dir, TWO);
        expect(run.error).toBeUndefined(); // not killed by the 60 s timeout
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^model\.wpcm:7:68 error unresolved-reference .*Warehouse/m);
        expect(Date.now() - started).toBeLessThan(30_000);
    });

    it('keeps the worker small and Vega out of cli.cjs', () => {
        expect(statSync(join(OUT, 'coach-worker.cjs')).size).toBeLessThan(200_000);
        expect(statSync(join(OUT, 'chart-runtime.cjs')).size).toBeGreaterThan(1_000_000);
        expect(statSync(join(OUT, 'cli.cjs')).size).toBeLessThan(3_500_000);
    });
});
