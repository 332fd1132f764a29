/** `wpcm check`: output formats, exit codes, and one-line errors for bad input. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../support/cli.js';
import { EXAMPLE_FINDINGS } from '../support/examples.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
let folder: string;

beforeAll(() => {
    folder = tempFolder();
    mkdirSync(join(folder, 'models', 'nested'), { recursive: true });
    copyFileSync(new URL('direct-seller.wpcm', EXAMPLES), join(folder, 'models', 'direct-seller.wpcm'));
    copyFileSync(new URL('abc-co.wpcm', EXAMPLES), join(folder, 'models', 'nested', 'abc-co.wpcm'));
    writeFileSync(join(folder, 'broken.wpcm'), 'persona Empty {\n}\nsystem CRM\nsystem CRM\n');
    writeFileSync(join(folder, 'binary.wpcm'), Buffer.from([0x00, 0xff, 0xfe, 0x41]));
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'empty', 'notes.txt'), 'nothing to see');
});

describe('text output', () => {
    it('prints file:line:col severity code message lines and a summary', async () => {
        const run = await runCli(['check', 'models/nested/abc-co.wpcm'], folder);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const lines = run.stdout.trimEnd().split('\n');
        const abc = EXAMPLE_FINDINGS['abc-co.wpcm'];
        expect(lines.map(l => l.split(' ').slice(0, 3).join(' '))).toEqual([
            ...EXAMPLE_FINDINGS['abc-co.wpcm'].map(f => `models/nested/abc-co.wpcm:${f.line}:${f.column} ${f.severity} ${f.code}`),
            `${abc.length} problems (0`
        ]);
        expect(lines[1]).toMatch(/^models\/nested\/abc-co\.wpcm:16:20 warning motion-noun-phrase Motion title "Deal closure" is a noun phrase \(.+\); write it as an action: "Close the deal"\.$/);
        const count = (severity: string) => abc.filter(f => f.severity === severity).length;
        expect(lines.at(-1)).toBe(`${abc.length} problems (0 errors, ${count('warning')} warnings, ${count('info')} infos) in 1 file.`);
    });

    it('checks folders recursively and says when all is clean', async () => {
        const clean = tempFolder();
        writeFileSync(join(clean, 'ok.wpcm'), 'system CRM\n');
        const run = await runCli(['check', '.'], clean);
        expect(run).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
    });

    it('exits 1 on errors', async () => {
        const run = await runCli(['check', 'broken.wpcm'], folder);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('broken.wpcm:1:9 error persona-no-motion ');
        expect(run.stdout).toContain('broken.wpcm:3:8 error duplicate-name ');
        expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 problems (3 errors, 0 warnings, 0 infos) in 1 file.');
    });
});

describe('failing thresholds', () => {
    it('--max-warnings fails when there are more warnings than allowed', async () => {
        expect((await runCli(['check', '--max-warnings', '5', 'models'], folder)).code).toBe(1);
        expect((await runCli(['check', '--max-warnings', '6', 'models'], folder)).code).toBe(0);
    });

    it('--fail-on warning fails on warnings', async () => {
        expect((await runCli(['check', '--fail-on', 'warning', 'models/nested'], folder)).code).toBe(1);
    });
});

describe('json output', () => {
    it('is an array of findings with 1-based positions', async () => {
        const run = await runCli(['check', '--format', 'json', 'models'], folder);
        expect(run.code).toBe(0);
        const findings = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
        expect(findings).toHaveLength(19);
        expect(findings[0]).toEqual({
            file: 'models/direct-seller.wpcm', line: 22, column: 12, endLine: 22, endColumn: 20,
            severity: 'info', code: 'motion-no-competency',
            message: "No competency supports motion 'Prospect'; add one with \"supports Prospect\" to close the enablement gap."
        });
        expect(findings.map(f => f.file)).toContain('models/nested/abc-co.wpcm');
    });
});

describe('sarif output', () => {
    it('is SARIF 2.1.0 with rules and located results', async () => {
        const run = await runCli(['check', '--format', 'sarif', 'models/nested/abc-co.wpcm'], folder);
        const sarif = JSON.parse(run.stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
        const run0 = sarif.runs[0];
        expect(run0.tool.driver.name).toBe('wpcm');
        const rules = run0.tool.driver.rules as Array<{ id: string; help: { text: string }; defaultConfiguration: { level: string } }>;
        expect(rules.find(r => r.id === 'motion-noun-phrase')).toMatchObject({ defaultConfiguration: { level: 'warning' } });
        expect(rules.every(r => r.help.text.length > 10)).toBe(true);
        expect(run0.results).toHaveLength(13);
        const first = run0.results[1];
        expect(first).toEqual({
            ruleId: 'motion-noun-phrase',
            ruleIndex: rules.findIndex(r => r.id === 'motion-noun-phrase'),
            level: 'warning',
            message: { text: expect.stringContaining('Deal closure') },
            locations: [{ physicalLocation: {
                artifactLocation: { uri: 'models/nested/abc-co.wpcm', uriBaseId: '%SRCROOT%' },
                region: { startLine: 16, startColumn: 20, endLine: 16, endColumn: 34 }
            } }],
            partialFingerprints: { 'wpcmFinding/v1': expect.stringMatching(/^[0-9a-f]{32}$/) }
        });
        expect(run0.results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(9);
    });
});

describe('usage and I/O errors exit 2 with one line', () => {
    it.each([
        [[], 'wpcm: no command given; run `wpcm --help` for usage'],
        [['lint', 'x.wpcm'], "wpcm: unknown command 'lint'; run `wpcm --help` for usage"],
        [['check'], 'wpcm: check: name at least one .wpcm file or folder'],
        [['check', 'missing.wpcm'], 'wpcm: missing.wpcm: no such file or folder'],
        [['check', 'empty'], 'wpcm: empty: no .wpcm files in this folder'],
        [['check', 'binary.wpcm'], 'wpcm: binary.wpcm: not a UTF-8 text file'],
        [['check', '--format', 'xml', 'models'], "wpcm: --format must be one of text, json, sarif (got 'xml')"],
        [['check', '--max-warnings', 'many', 'models'], "wpcm: --max-warnings must be a whole number (got 'many')"],
        [['check', '--frobnicate', 'models'], "wpcm: Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--frobnicate\"" ],
        [['check', '--config', 'nope.json', 'models'], 'wpcm: nope.json: cannot read the config file']
    ])('%j', async (args, message) => {
        const run = await runCli(args, folder);
        expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });

    it('an invalid wpcm.config.json found above the folder is a usage error', async () => {
        const project = tempFolder();
        writeFileSync(join(project, 'wpcm.config.json'), '{"rules": {"motion-no-kpi": "loud"}}');
        writeFileSync(join(project, 'm.wpcm'), 'system CRM\n');
        const run = await runCli(['check', 'm.wpcm'], project);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^wpcm: .*wpcm\.config\.json: rules\.motion-no-kpi: .+\n$/);
    });

    it('a valid wpcm.config.json changes severities', async () => {
        const project = tempFolder();
        writeFileSync(join(project, 'wpcm.config.json'), '{"rules": {"motion-no-kpi": "error"}}');
        copyFileSync(new URL('abc-co.wpcm', EXAMPLES), join(project, 'abc-co.wpcm'));
        const run = await runCli(['check', 'abc-co.wpcm'], project);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('abc-co.wpcm:24:12 error motion-no-kpi ');
    });

    it('--help and --version print and exit 0', async () => {
        const help = await runCli(['--help'], folder);
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^Usage: wpcm <command>/);
        const version = await runCli(['--version'], folder);
        expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    });
});
