/**
 * Neovim (Debian's 0.7) as the LSP client, headless, against
 * `node out/server.cjs --stdio`: the exact findings of the examples, a
 * completion, a hover and a definition in another file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactDir, EXPECTED_FINDINGS, exampleWorkspace, LIBRARY, recordTiming, requireBuilt, ROOT, run, SERVER } from './support.js';

interface NeovimResult {
    error?: string;
    files: Record<string, Array<{ line: number; code: string; severity: number }>>;
    completion: string[];
    hover: string;
    definition: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
    timings: Record<string, number>;
}

/** 0-based position of `needle` (plus delta) in a file's text. */
function probe(file: string, text: string, needle: string, delta = 0) {
    const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
    return { file, line: before.length - 1, character: before.at(-1)!.length };
}

let workspace: string;
let result: NeovimResult;

beforeAll(async () => {
    requireBuilt(SERVER);
    workspace = exampleWorkspace('wpcm-nvim-');
    const seller = readFileSync(join(workspace, 'direct-seller.wpcm'), 'utf8');
    const out = join(artifactDir('neovim'), 'result.json');
    rmSync(out, { force: true });
    const env = {
        ...process.env,
        WPCM_SERVER: SERVER,
        WPCM_WORKSPACE: workspace,
        WPCM_FILES: 'direct-seller.wpcm,abc-co.wpcm,library.wpcm',
        WPCM_PROBES: JSON.stringify({
            completion: probe('direct-seller.wpcm', seller, 'supports Close', 'supports '.length),
            hover: probe('direct-seller.wpcm', seller, 'coached by Dana', 'coached by D'.length),
            definition: probe('library.wpcm', LIBRARY, 'measured in CRM', 'measured in C'.length)
        }),
        WPCM_RESULT: out,
        XDG_STATE_HOME: join(workspace, '.state'),
        XDG_DATA_HOME: join(workspace, '.data')
    };
    const script = join(ROOT, 'tests/e2e/neovim/client.lua');
    const nvim = await run('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${script}`], { env, cwd: workspace, timeoutMs: 60_000 });
    recordTiming('neovim', 'session', nvim.ms);
    result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
    writeFileSync(join(artifactDir('neovim'), 'nvim-output.txt'), `exit ${nvim.code}\n${nvim.stdout}\n${nvim.stderr}`);
    if (result.error) throw new Error(`Neovim: ${result.error}`);
    expect(nvim.code).toBe(0);
    for (const [step, ms] of Object.entries(result.timings)) recordTiming('neovim', step, ms);
});

afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('Neovim 0.7 against wpcm-language-server --stdio', () => {
    it.each(Object.keys(EXPECTED_FINDINGS))('reports exactly the expected findings of %s', (file) => {
        const findings = result.files[file]!.map(d => `${d.line} ${d.code}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
        expect(findings).toEqual(EXPECTED_FINDINGS[file]);
    });

    it('completes the motions of the model after supports', () => {
        expect([...result.completion].sort()).toEqual(['Close', 'EnsureSuccess', 'Present', 'Prospect', 'Qualify', 'Review']);
    });

    it('shows a coach on hover', () => {
        expect(result.hover).toBe('**Coach** `Dana`: Dana Reyes\n\n**Role:** sme\n\n**Expert in:** How to overcome objections');
    });

    it('goes to a system defined in another file', () => {
        expect(result.definition.uri).toBe(`file://${join(workspace, 'direct-seller.wpcm')}`);
        expect(result.definition.range).toEqual({ start: { line: 13, character: 7 }, end: { line: 13, character: 10 } });
    });

    it('answers within the first seconds', () => {
        expect(result.timings.definition).toBeLessThan(15_000);
    });
});
