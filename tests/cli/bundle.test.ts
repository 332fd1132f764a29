/**
 * The shipped bundle (out/cli.cjs, built by `npm install`) runs on this Node
 * with the Object.groupBy polyfill, exits with the documented codes and
 * prints errors as one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../out/cli.cjs', import.meta.url));

function wpcm(...args: string[]) {
    return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('out/cli.cjs', () => {
    it('exists (npm install builds it)', () => {
        expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    });

    it('checks the bundled example', () => {
        const run = wpcm('check', 'examples/direct-seller.wpcm');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('6 problems (0 errors, 2 warnings, 4 infos) in 1 file.');
    });

    it('exits 2 with one line for a missing file', () => {
        const run = wpcm('check', 'no/such.wpcm');
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('wpcm: no/such.wpcm: no such file or folder\n');
    });
});
