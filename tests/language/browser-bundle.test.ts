/**
 * language/ must run in a browser: it bundles for the browser platform with
 * no Node built-in or VS Code module, and the bundle checks a model there
 * (run here in a bare VM context with no `require`, `process` or file system).
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ENTRY = `
import { EmptyFileSystem } from 'langium';
import { createWpcmServices } from './language/src/wpcm-module.js';
import { buildFiles } from './language/src/build.js';
import { generateDashboards } from './language/src/generators/index.js';
globalThis.checkModel = async (text) => {
    const { Wpcm } = createWpcmServices(EmptyFileSystem);
    const [file] = await buildFiles(Wpcm, [{ uri: 'memory:///model.wpcm', text }]);
    return file.diagnostics.map(d => d.code);
};
globalThis.generators = { generateDashboards };
`;

describe('language/ in a browser', () => {
    it('bundles for the browser without Node or VS Code modules and checks a model', async () => {
        const result = buildSync({
            stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'browser-entry.ts', loader: 'ts' },
            bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent',
            banner: { js: readFileSync(new URL('../../scripts/polyfill-groupby.cjs', import.meta.url), 'utf8') }
        });
        expect(result.errors).toEqual([]);
        const code = result.outputFiles[0]!.text;
        expect(code).not.toMatch(/require\("(node:)?(fs|path|child_process|vscode)"\)/);
        const context = createContext({ console, setTimeout, clearTimeout, queueMicrotask, TextEncoder, TextDecoder, URL, performance });
        runInContext(code, context);
        const codes = await (context.checkModel as (text: string) => Promise<string[]>)(readFileSync(new URL('../../examples/abc-co.wpcm', import.meta.url), 'utf8'));
        expect(codes.sort()).toEqual(['cause-no-cell', 'cause-no-cell', 'cause-no-cell', 'cause-no-cell', 'gap-level-uncovered', 'gap-level-uncovered',
            'gap-no-evaluation', 'gap-no-performance', 'gap-training-only', 'motion-no-competency', 'motion-no-competency', 'motion-no-kpi', 'motion-noun-phrase']);
    }, 60_000);
});
