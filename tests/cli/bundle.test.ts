/**
 * The shipped bundle (out/cli.cjs, built by `npm install`) runs on this Node
 * with the Object.groupBy polyfill, exits with the documented codes and
 * prints errors as one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../out/cli.cjs', import.meta.url));

function wpcm(...args: string[]) {
    return wpcmIn(ROOT, ...args);
}

function wpcmIn(cwd: string, ...args: string[]) {
    return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
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

    // scripts/bundle.mjs gives zod its English messages only, not its 50 locales.
    it('carries zod\'s English messages, and no other locale', () => {
        const project = tempFolder();
        writeFileSync(join(project, 'wpcm.config.json'), '{"rules": {"motion-no-kpi": "loud"}}');
        writeFileSync(join(project, 'm.wpcm'), 'system CRM\n');
        const run = wpcmIn(project, 'check', 'm.wpcm');
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`wpcm: ${join(project, 'wpcm.config.json')}: rules.motion-no-kpi: Invalid option: expected one of "error"|"warning"|"info"|"hint"|"off"\n`);
        const bundle = readFileSync(CLI, 'utf8');
        expect(bundle).toContain('node_modules/zod/v4/locales/en.js');
        expect(bundle).not.toContain('node_modules/zod/v4/locales/fr.js');
    });
});
