/**
 * Starts each e2e run with a fresh timings file and ends it with a summary
 * of every recorded step (test-artifacts/timings.jsonl), so slow steps show.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './support.js';

const TIMINGS = join(ARTIFACTS, 'timings.jsonl');

export function setup(): void {
    mkdirSync(ARTIFACTS, { recursive: true });
    rmSync(TIMINGS, { force: true });
}

export function teardown(): void {
    if (!existsSync(TIMINGS)) return;
    const rows = readFileSync(TIMINGS, 'utf8').trim().split('\n').filter(Boolean)
        .map(line => JSON.parse(line) as { test: string; step: string; ms: number });
    const lines = rows.map(r => `${`${r.test}: ${r.step}`.padEnd(48)} ${String(r.ms).padStart(7)} ms`);
    writeFileSync(join(ARTIFACTS, 'timings.txt'), `${lines.join('\n')}\n`);
    console.log(`\nE2E timings (test-artifacts/timings.txt)\n${lines.join('\n')}`);
}
