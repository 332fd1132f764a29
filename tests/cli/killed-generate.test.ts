/**
 * `wpcm generate` killed with SIGKILL at random moments (seeded): whatever
 * the moment, every visible file in --out is complete (equal to what a
 * finished run writes), and the next run removes the temporaries that the
 * killed runs left, including ones of older dead processes.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../support/seeded-random.js';

// Spawned processes and megabyte inputs: generous bounds, so a loaded machine does not fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const CLI = fileURLToPath(new URL('../../out/cli.cjs', import.meta.url));
const PERSONAS = 60;
const KILLS = 6;
let folder: string;

/** A model with PERSONAS personas, so a run writes PERSONAS + 1 files of some size. */
function model(): string {
    const persona = (i: number) => `persona P${i} "Persona ${i}" {\n    description "${'d'.repeat(2000)}"\n    motion M${i} "Close the deal" {\n        goal "g"\n        kpi K${i} "Deals" {\n            target >= ${i + 1} deals per week\n            measured in CRM\n        }\n    }\n}\n`;
    return `system CRM\n${Array.from({ length: PERSONAS }, (_, i) => persona(i)).join('')}`;
}

/** A generate run, and a promise of its end (listened to from the start: a run may end before it is killed). */
function generate(out: string): { child: ChildProcess; exited: Promise<void> } {
    const child = spawn(process.execPath, [CLI, 'generate', 'dashboard', 'model.wpcm', '--out', out], { cwd: folder, stdio: 'ignore' });
    return { child, exited: new Promise<void>(resolve => child.once('exit', () => resolve())) };
}

function contents(dir: string): Map<string, string> {
    return new Map(readdirSync(dir).filter(name => !name.startsWith('.')).map(name => [name, readFileSync(join(dir, name), 'utf8')]));
}

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-kill-'));
    writeFileSync(join(folder, 'model.wpcm'), model());
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('generate under kill -9', () => {
    it('never leaves a visible partial or empty file, and cleans up stale temporaries later', { timeout: 120_000 }, async () => {
        const reference = spawnSync(process.execPath, [CLI, 'generate', 'dashboard', 'model.wpcm', '--out', 'reference'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
        expect(reference.status).toBe(0);
        const expected = contents(join(folder, 'reference'));
        expect(expected.size).toBe(PERSONAS + 1);

        const out = join(folder, 'out');
        mkdirSync(out);
        // A temporary of a process that has exited (its pid is free now), and one of this live process that must stay.
        const dead = spawnSync(process.execPath, ['-e', '']).pid!;
        writeFileSync(join(out, `.wpcm-tmp-${dead}-0123456789ab`), 'partial');
        writeFileSync(join(out, `.wpcm-tmp-${process.pid}-0123456789ab`), 'in progress');

        const started = performance.now();
        await generate(join(folder, 'timing')).exited;
        const runMs = performance.now() - started;

        const next = seededRandom(8);
        for (let kill = 0; kill < KILLS; kill++) {
            const run = generate(out);
            await new Promise(resolve => setTimeout(resolve, next() * runMs));
            run.child.kill('SIGKILL');
            await run.exited;
            for (const [name, text] of contents(out)) {
                expect(text.length, name).toBeGreaterThan(0);
                expect(text, name).toBe(expected.get(name));
            }
        }

        await generate(out).exited;
        expect(contents(out)).toEqual(expected);
        expect(readdirSync(out).filter(name => name.startsWith('.')).sort()).toEqual([`.wpcm-tmp-${process.pid}-0123456789ab`]);
    });
});
