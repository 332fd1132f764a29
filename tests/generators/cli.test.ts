/** `wpcm generate dashboard|modules` end to end through main(), in a temporary folder. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliRun } from '../support/cli.js';
import { runCli } from '../support/cli.js';
import { readExample } from '../support/workspace.js';

let dir: string;

beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'wpcm-cli-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function wpcm(...argv: string[]): Promise<CliRun> {
    return runCli(argv, dir);
}

function write(name: string, text: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
}

/** Every file under the folder, relative, sorted. */
function files(root = dir): string[] {
    return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => join(e.parentPath, e.name).slice(root.length + 1))
        .sort();
}

describe('wpcm generate dashboard', () => {
    it('writes one dashboard per persona and its schema, and reports each file', async () => {
        const model = write('models/direct-seller.wpcm', readExample('direct-seller.wpcm'));
        const out = join(dir, 'out');
        const result = await wpcm('generate', 'dashboard', model, '--out', out);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(files(out)).toEqual(['dashboard.schema.json', 'direct-seller.dashboard.json']);
        expect(result.stdout).toBe(`wrote out/dashboard.schema.json\nwrote out/direct-seller.dashboard.json\n2 files written to out.\n`);
        const dashboard = JSON.parse(readFileSync(join(out, 'direct-seller.dashboard.json'), 'utf8'));
        expect(dashboard.$schema).toBe('./dashboard.schema.json');
        expect(dashboard.summary.kpisWithoutTarget.kpis).toEqual(['DeckTime', 'Satisfaction']);
    });

    it('writes Grafana dashboards with --format grafana, from a folder', async () => {
        write('models/direct-seller.wpcm', readExample('direct-seller.wpcm'));
        write('models/abc-co.wpcm', readExample('abc-co.wpcm'));
        const result = await wpcm('generate', 'dashboard', join(dir, 'models'), '--format', 'grafana', '--out', 'g');
        expect(result.code).toBe(0);
        expect(files(join(dir, 'g'))).toEqual(['commercial-loan-seller.grafana.json', 'direct-seller.grafana.json']);
        expect(JSON.parse(readFileSync(join(dir, 'g', 'direct-seller.grafana.json'), 'utf8')).uid).toBe('wpcm-direct-seller');
    });

    it('writes to generated/dashboards by default', async () => {
        const model = write('m.wpcm', readExample('abc-co.wpcm'));
        expect((await wpcm('generate', 'dashboard', model)).code).toBe(0);
        expect(files()).toEqual(['generated/dashboards/commercial-loan-seller.dashboard.json', 'generated/dashboards/dashboard.schema.json', 'm.wpcm']);
    });

    it('prints one JSON array with --stdout and writes nothing', async () => {
        const model = write('m.wpcm', readExample('direct-seller.wpcm'));
        const result = await wpcm('generate', 'dashboard', model, '--stdout');
        expect(result.code).toBe(0);
        const printed = JSON.parse(result.stdout);
        expect(Array.isArray(printed)).toBe(true);
        expect(printed.map((d: { persona: { id: string } }) => d.persona.id)).toEqual(['DirectSeller']);
        // No schema file is written, so none is named.
        expect(printed[0]).not.toHaveProperty('$schema');
        expect(printed[0].formatVersion).toBe(1);
        expect(files()).toEqual(['m.wpcm']);
        const grafana = JSON.parse((await wpcm('generate', 'dashboard', model, '--stdout', '--format', 'grafana')).stdout);
        expect(grafana[0].schemaVersion).toBe(42);
    });

    it('takes the attainment thresholds from the config file', async () => {
        const model = write('m.wpcm', readExample('direct-seller.wpcm'));
        const config = write('wpcm.config.json', JSON.stringify({ dashboard: { attainment: { amber: 60, green: 90 } } }));
        const result = await wpcm('generate', 'dashboard', model, '--stdout', '--config', config);
        expect(JSON.parse(result.stdout)[0].attainment).toEqual({ unit: 'percent', red: { below: 60 }, amber: { from: 60, below: 90 }, green: { from: 90 } });
    });
});

describe('wpcm generate modules', () => {
    it('writes an outline per competency and an index per persona', async () => {
        const model = write('direct-seller.wpcm', readExample('direct-seller.wpcm'));
        const result = await wpcm('generate', 'modules', model, '--out', 'modules');
        expect(result.code).toBe(0);
        expect(files(join(dir, 'modules'))).toEqual([
            'README.md',
            'direct-seller/README.md',
            'direct-seller/how-to-enter-a-new-opportunity-in-the-system.md',
            'direct-seller/how-to-overcome-objections.md',
            'direct-seller/when-to-enter-a-new-opportunity-in-the-system.md'
        ]);
        expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(6);
        expect(result.stdout).toContain('wrote modules/README.md\n');
        expect(result.stdout).toContain('wrote modules/direct-seller/README.md\n');
    });

    it('writes to generated/modules by default', async () => {
        const model = write('m.wpcm', readExample('abc-co.wpcm'));
        expect((await wpcm('generate', 'modules', model)).code).toBe(0);
        expect(files()).toEqual(['generated/modules/README.md', 'generated/modules/commercial-loan-seller/README.md', 'm.wpcm']);
    });
});

describe('a model with errors', () => {
    const BROKEN = 'persona P "Seller" {\n  motion M "Close the deal" {\n    kpi K "Calls" { target >= -3 calls per day measured in Nowhere }\n  }\n}\n';

    it.each([['dashboard'], ['modules']])('generate %s lists the errors, writes nothing and exits 1', async (what) => {
        const model = write('broken.wpcm', BROKEN);
        const result = await wpcm('generate', what, model, '--out', 'out');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        // Findings are shown as `wpcm check` shows them (file:line:col severity code message).
        expect(result.stderr).toMatch(/^\S*broken\.wpcm:3:\d+ error kpi-target-out-of-range .+\n\S*broken\.wpcm:3:\d+ error unresolved-reference .+\n2 problems \(2 errors, 0 warnings, 0 infos\) in 1 file\.\nNothing was written: fix the errors above, then generate again\.\n$/);
        expect(files()).toEqual(['broken.wpcm']);
    });

    it('is refused with --stdout too, printing nothing on stdout', async () => {
        const model = write('broken.wpcm', BROKEN);
        const result = await wpcm('generate', 'dashboard', model, '--stdout');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
    });

    it('warnings do not block', async () => {
        const model = write('abc-co.wpcm', readExample('abc-co.wpcm'));
        expect((await wpcm('check', model)).stdout).toMatch(/warning/);
        expect((await wpcm('generate', 'dashboard', model, '--out', 'out')).code).toBe(0);
    });
});

describe('usage and I/O errors exit 2 with one line', () => {
    it.each<[string, string[], RegExp]>([
        ['no generator', ['generate'], /say what to generate: dashboard, modules, gaps or sql/],
        ['an unknown generator', ['generate', 'slides', 'm.wpcm'], /unknown generator 'slides'/],
        ['no files', ['generate', 'dashboard'], /name at least one \.wpcm file or folder/],
        ['a wrong format', ['generate', 'dashboard', 'm.wpcm', '--format', 'excel'], /--format must be one of wpcm, grafana/],
        ['--format for modules', ['generate', 'modules', 'm.wpcm', '--format', 'wpcm'], /--format is not an option of this command/],
        ['--stdout for modules', ['generate', 'modules', 'm.wpcm', '--stdout'], /--stdout is not an option/],
        ['--stdout with --out', ['generate', 'dashboard', 'm.wpcm', '--stdout', '--out', 'x'], /does not take --out/],
        ['--fail-on for generate', ['generate', 'dashboard', 'm.wpcm', '--fail-on', 'warning'], /--fail-on is not an option/],
        ['--out for check', ['check', 'm.wpcm', '--out', 'x'], /--out is not an option/],
        ['a missing model', ['generate', 'dashboard', join('no', 'such.wpcm')], /no such file or folder/]
    ])('%s', async (_name, argv, message) => {
        write('m.wpcm', readExample('abc-co.wpcm'));
        const result = await wpcm(...argv.map(a => (a === 'm.wpcm' ? join(dir, a) : a)));
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(files()).toEqual(['m.wpcm']);
    });

    it('--out naming a file', async () => {
        const model = write('m.wpcm', readExample('abc-co.wpcm'));
        write('out', 'not a folder');
        const result = await wpcm('generate', 'modules', model, '--out', 'out');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('wpcm: out: cannot create the folder: a file is in the way of a folder\n');
        expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('not a folder');
    });
});

describe('hostile names', () => {
    const HOSTILE = `persona Evil "../../../escape" {
    motion M "Close the deal" { goal "g" kpi K "k" { target >= 1 deal per week } }
    competency A "/etc/passwd" { supports M }
    competency B "..\\\\..\\\\windows" { supports M }
    competency C "<script>alert(1)</script>" { supports M }
    competency D "CON" { supports M }
    competency E "${'very long title '.repeat(20)}" { supports M }
    competency F "如何处理异议" { supports M }
}
persona Again "../../../ESCAPE" { motion N "Close the deal" { goal "g" } }
`;

    it('never write outside --out, and leave no temporary files', async () => {
        const model = write('models/evil.wpcm', HOSTILE);
        const out = join(dir, 'deep', 'out');
        expect((await wpcm('generate', 'modules', model, '--out', out)).code).toBe(0);
        expect((await wpcm('generate', 'dashboard', model, '--out', out)).code).toBe(0);
        expect((await wpcm('generate', 'dashboard', model, '--out', out, '--format', 'grafana')).code).toBe(0);
        const all = files();
        expect(all.filter(f => !f.startsWith('deep/out/'))).toEqual(['models/evil.wpcm']);
        expect(all.filter(f => f.endsWith('.tmp') || f.split('/').some(part => part.startsWith('.')))).toEqual([]);
        expect(files(out)).toEqual([
            'README.md', 'dashboard.schema.json',
            'escape-2.dashboard.json', 'escape-2.grafana.json', 'escape-2/README.md',
            'escape.dashboard.json', 'escape.grafana.json', 'escape/README.md',
            'escape/_con.md', 'escape/etc-passwd.md', 'escape/f.md', 'escape/script-alert-1-script.md',
            `escape/${'very-long-title-'.repeat(3)}very-long.md`, 'escape/windows.md'
        ]);
    });

    it('gives byte-identical output when run again', async () => {
        const model = write('models/evil.wpcm', HOSTILE);
        await wpcm('generate', 'modules', model, '--out', 'a');
        await wpcm('generate', 'modules', model, '--out', 'b');
        const a = files(join(dir, 'a'));
        expect(a).toEqual(files(join(dir, 'b')));
        for (const file of a) expect(readFileSync(join(dir, 'a', file))).toEqual(readFileSync(join(dir, 'b', file)));
    });
});
