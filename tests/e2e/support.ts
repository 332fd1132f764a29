/** Shared helpers for the end-to-end tests: paths, artifacts, timings, processes with timeouts. */
import type { SpawnOptions } from 'node:child_process';
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineAndCode } from '../support/examples.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER = join(ROOT, 'out/server.cjs');
export const VSIX = join(ROOT, 'wpcm.vsix');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER = join(process.env.WPCM_E2E_TOOLS ?? join(homedir(), '.cache/wpcm-e2e'), `code-server-${CODE_SERVER_VERSION}`, 'node_modules/.bin/code-server');

/** The Direct Sales model gets a second file, so "go to definition" can cross files. */
export const LIBRARY = `model "Direct Sales Enablement"

persona SalesManager "Sales manager" {
    motion Review "Review the pipeline" {
        goal "Find stalled opportunities every week."
        kpi Reviews "Pipeline reviews held" {
            target >= 1 per week
            measured in CRM
        }
    }
}
`;

/** The reviewed findings of the examples (tests/support/examples.ts) as "line code". */
export const EXPECTED_FINDINGS: Record<string, string[]> = {
    'direct-seller.wpcm': lineAndCode('direct-seller.wpcm'),
    'abc-co.wpcm': lineAndCode('abc-co.wpcm')
};

export function requireBuilt(...paths: string[]): void {
    for (const path of paths) {
        if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run package\` (and scripts/e2e-setup.sh) before the e2e tests`);
    }
}

/** A fresh workspace with both examples and the library file. */
export function exampleWorkspace(prefix: string): string {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    for (const name of ['direct-seller.wpcm', 'abc-co.wpcm']) copyFileSync(join(ROOT, 'examples', name), join(folder, name));
    writeFileSync(join(folder, 'library.wpcm'), LIBRARY);
    return folder;
}

export function artifactDir(name: string): string {
    const dir = join(ARTIFACTS, name);
    mkdirSync(dir, { recursive: true });
    return dir;
}

/** Appends one timing line (JSON) to test-artifacts/timings.jsonl. */
export function recordTiming(test: string, step: string, ms: number): void {
    mkdirSync(ARTIFACTS, { recursive: true });
    appendFileSync(join(ARTIFACTS, 'timings.jsonl'), `${JSON.stringify({ test, step, ms: Math.round(ms), at: new Date().toISOString() })}\n`);
}

export interface RunResult { code: number | null; stdout: string; stderr: string; ms: number }

/** Runs a command to completion, killing it (and failing) after `timeoutMs`. */
export function run(command: string, args: string[], options: SpawnOptions & { timeoutMs: number }): Promise<RunResult> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', chunk => { stdout += chunk; });
        child.stderr!.on('data', chunk => { stderr += chunk; });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${command} timed out after ${options.timeoutMs} ms\n${stdout}\n${stderr}`));
        }, options.timeoutMs);
        child.on('error', error => { clearTimeout(timer); reject(error); });
        child.on('exit', code => { clearTimeout(timer); resolve({ code, stdout, stderr, ms: performance.now() - started }); });
    });
}
