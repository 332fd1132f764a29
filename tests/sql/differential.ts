/**
 * The seeded differential test: random valid workspaces and actuals
 * (fuzz.ts), each run through `wpcm coach --format json`, checked against the
 * README's definitions computed from the rows (fuzz.ts reference), and
 * compared with the generated SQL on the engine (compare.ts). A failure
 * names the seed: `fuzzCase(seed)` rebuilds the case.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempFolder } from '../support/cli.js';
import type { SqlEngine } from './compare.js';
import { coachJson, compare } from './compare.js';
import { fuzzCase, reference, referenceDifferences } from './fuzz.js';

/** Seeds 1 to 30: about 10 s per engine. 150 seeds passed both engines when the test was written. */
export const DIFFERENTIAL_SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

export function differentialCases(engine: () => SqlEngine): void {
    it(`agrees with the README's definitions and with SQL on ${DIFFERENTIAL_SEEDS.length} seeded random workspaces`, async () => {
        let rows = 0;
        for (const seed of DIFFERENTIAL_SEEDS) {
            const c = fuzzCase(seed);
            const csv = join(tempFolder('wpcm-fuzz-'), 'actuals.csv');
            writeFileSync(csv, c.csv);
            const args = [...(c.window[0] ? ['--from', c.window[0]] : []), ...(c.window[1] ? ['--to', c.window[1]] : [])];
            const report = await coachJson(c.models, csv, args, c.workingDays as string[] | undefined);
            expect(referenceDifferences(reference(c), report), `seed ${seed}`).toEqual([]);
            const comparison = await compare(engine(), c.models, csv, c.window, c.workingDays as string[] | undefined);
            expect(comparison.maxRelativeDifference, `seed ${seed}`).toBeLessThan(1e-9);
            rows += comparison.rows;
        }
        // The cases are not empty: hundreds of seller x KPI rows in all.
        expect(rows).toBeGreaterThan(500);
    }, 120_000);
}
