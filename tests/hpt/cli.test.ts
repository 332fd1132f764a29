/** `wpcm generate gaps` end to end through main(), in a temporary folder. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../support/cli.js';
import { readExample } from '../support/workspace.js';

let dir: string;
beforeEach(() => { dir = tempFolder('wpcm-gaps-'); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function write(name: string, text: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
}

const files = (root: string) => readdirSync(root).sort();

describe('wpcm generate gaps', () => {
    it('writes an HTML report per gap and the index to generated/gaps by default', async () => {
        write('m.wpcm', readExample('abc-co-hpt.wpcm'));
        const result = await runCli(['generate', 'gaps', 'm.wpcm'], dir);
        expect(result).toEqual({
            code: 0, stderr: '',
            stdout: 'wrote generated/gaps/forecast-reliability.html\nwrote generated/gaps/index.html\n2 files written to generated/gaps.\n'
        });
        expect(readFileSync(join(dir, 'generated/gaps/forecast-reliability.html'), 'utf8')).toBe(readFileSync(new URL('../golden/abc-co-hpt/gaps-html/forecast-reliability.html', import.meta.url), 'utf8'));
    });

    it('--format md and --format json, into --out', async () => {
        write('m.wpcm', readExample('abc-co-hpt.wpcm'));
        expect((await runCli(['generate', 'gaps', 'm.wpcm', '--format', 'md', '--out', 'md'], dir)).code).toBe(0);
        expect(files(join(dir, 'md'))).toEqual(['README.md', 'forecast-reliability.md']);
        expect((await runCli(['generate', 'gaps', 'm.wpcm', '--format', 'json', '--out', 'json'], dir)).code).toBe(0);
        expect(files(join(dir, 'json'))).toEqual(['forecast-reliability.json', 'gaps.schema.json', 'index.json']);
    });

    it('refuses a model with errors: lists them, exit 1, writes nothing', async () => {
        write('m.wpcm', readExample('abc-co-hpt.wpcm').replace('evaluated by Forecast,', 'evaluated by Forcast,'));
        const result = await runCli(['generate', 'gaps', 'm.wpcm'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain("m.wpcm:64:18 error unresolved-reference Unknown KPI 'Forcast': no KPI of that name is defined in the workspace; did you mean 'Forecast'?");
        expect(result.stderr).toContain('Nothing was written');
        expect(existsSync(join(dir, 'generated'))).toBe(false);
    });

    it('a wrong format or --stdout is a usage error (exit 2, one line)', async () => {
        write('m.wpcm', readExample('abc-co-hpt.wpcm'));
        expect(await runCli(['generate', 'gaps', 'm.wpcm', '--format', 'pdf'], dir))
            .toEqual({ code: 2, stdout: '', stderr: "wpcm: --format must be one of html, md, json (got 'pdf')\n" });
        expect((await runCli(['generate', 'gaps', 'm.wpcm', '--stdout'], dir)).stderr)
            .toBe('wpcm: generate gaps: --stdout is not an option of this command; run `wpcm --help` for usage\n');
    });

    it('says so when the model has no gaps', async () => {
        write('m.wpcm', readExample('direct-seller.wpcm'));
        expect((await runCli(['generate', 'gaps', 'm.wpcm'], dir)).stdout).toBe('Nothing to generate: the model has no gaps.\n');
    });
});
