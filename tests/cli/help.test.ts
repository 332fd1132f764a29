/** `wpcm help`, `wpcm <command> --help`, and why `--max-warnings` fails. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_USAGE, COACH_USAGE, GENERATE_USAGE, USAGE } from '../../cli/src/usage.js';
import { runCli, tempFolder } from '../support/cli.js';
import { EXAMPLE_FINDINGS } from '../support/examples.js';

let folder: string;

beforeAll(() => {
    folder = tempFolder();
    copyFileSync(new URL('../../examples/abc-co.wpcm', import.meta.url), join(folder, 'abc-co.wpcm'));
});

describe('help', () => {
    it.each([
        [['help'], USAGE],
        [['--help'], USAGE],
        [['help', 'check'], CHECK_USAGE],
        [['check', '--help'], CHECK_USAGE],
        [['check', '-h', 'abc-co.wpcm'], CHECK_USAGE],
        [['help', 'generate'], GENERATE_USAGE],
        [['generate', '--help'], GENERATE_USAGE],
        [['generate', 'dashboard', '--help'], GENERATE_USAGE],
        // Listed as a command in USAGE; was "help: unknown command 'coach'" with exit 2.
        [['help', 'coach'], COACH_USAGE],
        [['coach', '--help'], COACH_USAGE]
    ])('wpcm %j prints that help and exits 0', async (args, expected) => {
        const run = await runCli(args, folder);
        expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    });

    it('says what each help is about', () => {
        expect(USAGE).toMatch(/^Usage: wpcm <command>/);
        expect(USAGE).toContain('help [command]');
        expect(CHECK_USAGE).toMatch(/^Usage: wpcm check /);
        expect(CHECK_USAGE).toContain('--max-warnings <n>');
        expect(CHECK_USAGE).toContain('UTF-16');
        expect(GENERATE_USAGE).toMatch(/^Usage: wpcm generate dashboard /);
        expect(GENERATE_USAGE).toContain('--stdout');
        // Every generate target has its usage line, and the coach's options are its own help.
        expect(GENERATE_USAGE.slice(0, GENERATE_USAGE.indexOf('\n\n')).split('\n').map(l => l.trim().split(' ').slice(0, 3).join(' '))).toEqual([
            'Usage: wpcm generate', 'wpcm generate modules', 'wpcm generate gaps', 'wpcm generate sql'
        ]);
        expect(GENERATE_USAGE).not.toContain('--actuals');
        expect(COACH_USAGE).toMatch(/^Usage: wpcm coach --actuals <file> /);
        expect(COACH_USAGE).toContain('--skip-invalid');
    });

    it('refuses help for an unknown command', async () => {
        expect(await runCli(['help', 'lint'], folder)).toEqual({
            code: 2, stdout: '', stderr: "wpcm: help: unknown command 'lint'; run `wpcm help` for the list of commands\n"
        });
    });
});

describe('--max-warnings', () => {
    const ABC = EXAMPLE_FINDINGS['abc-co.wpcm'];
    const WARNINGS = ABC.filter(f => f.severity === 'warning').length;

    it('says on stderr why it fails, keeping stdout to the findings', async () => {
        const run = await runCli(['check', '--max-warnings', '0', 'abc-co.wpcm'], folder);
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(`wpcm: failing: ${WARNINGS} warnings, more than --max-warnings 0 allows\n`);
        expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${ABC.length} problems (0 errors, ${WARNINGS} warnings, ${ABC.length - WARNINGS} infos) in 1 file.`);
        const json = await runCli(['check', '--format', 'json', '--max-warnings', String(WARNINGS - 1), 'abc-co.wpcm'], folder);
        expect(JSON.parse(json.stdout)).toHaveLength(ABC.length);
        expect(json.stderr).toBe(`wpcm: failing: ${WARNINGS} warnings, more than --max-warnings ${WARNINGS - 1} allows\n`);
    });

    it('says nothing when the warnings are within the limit', async () => {
        const run = await runCli(['check', '--max-warnings', String(WARNINGS), 'abc-co.wpcm'], folder);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
    });
});
