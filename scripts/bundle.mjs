// Bundles the CLI, the language server and the VS Code extension with
// esbuild. Node bundles start with the Object.groupBy polyfill so langium 4.4
// runs on Node 20, and carry the package version. The extension gets its own
// copy of the server and the wpcm.config.json JSON Schema in extension/out/,
// so the packaged .vsix needs nothing from node_modules.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const polyfill = readFileSync(new URL('./polyfill-groupby.cjs', import.meta.url), 'utf8');

// zod re-exports every locale's messages (z.locales, 0.6 MB); WPCM never switches zod's locale
// (its messages are English, as the default), so the bundles carry English only.
const englishOnly = {
    name: 'zod-english-only',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, args => (
            /[/\\]zod[/\\]v4[/\\](classic|core)$/.test(args.resolveDir) ? { path: new URL('./zod-locales.mjs', import.meta.url).pathname } : undefined));
    }
};
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    define: { __WPCM_VERSION__: JSON.stringify(pkg.version) },
    // Charts are SVG only: Vega's Node canvas loader (a top-level await of the
    // optional native `canvas`) is replaced by its browser build, which has none.
    alias: { 'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js' },
    plugins: [englishOnly]
};
// Vega and Vega-Lite (2 MB) only draw the HTML coaching report's charts: the
// CLI loads them from out/chart-runtime.cjs when it draws one, not at start.
const chartRuntime = 'language/src/generators/coaching/chart-runtime.ts';
const chartsApart = {
    name: 'charts-apart',
    setup(build) {
        build.onResolve({ filter: /[/\\]chart-runtime\.js$/ }, () => ({ path: './chart-runtime.cjs', external: true }));
    }
};
const executable = { banner: { js: `#!/usr/bin/env node\n${polyfill}` } };
const browser = { ...common, platform: 'browser', target: 'es2022', minify: true };
// Browsers older than Chrome 117 / Safari 17.4 lack Object.groupBy too.
const worker = { format: 'iife', banner: { js: polyfill } };

/** The JSON Schema of wpcm.config.json, computed from its zod schema (the single source of truth). */
async function configSchema() {
    const result = await build({
        ...common,
        format: 'esm',
        write: false,
        stdin: {
            contents: `import { z } from 'zod';
import { WpcmConfigSchema } from './language/src/config/config-schema.ts';
export default z.toJSONSchema(WpcmConfigSchema, { io: 'input' });`,
            resolveDir: new URL('..', import.meta.url).pathname,
            loader: 'ts'
        }
    });
    const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
    return module.default;
}

await Promise.all([
    build({ ...common, ...executable, entryPoints: ['cli/src/bin.ts'], outfile: 'out/cli.cjs', plugins: [chartsApart, ...common.plugins] }),
    build({ ...common, entryPoints: [chartRuntime], outfile: 'out/chart-runtime.cjs' }),
    // The worker thread that reads blocks of a large actuals file: its own small bundle, found beside cli.cjs.
    build({ ...common, entryPoints: ['cli/src/coach/coach-worker.ts'], outfile: 'out/coach-worker.cjs' }),
    build({ ...common, ...executable, entryPoints: ['server/src/main.ts'], outfile: 'out/server.cjs' }),
    build({ ...common, entryPoints: ['extension/src/extension-node.ts'], outfile: 'extension/out/extension.cjs', external: ['vscode'], minify: true }),
    // VS Code for the Web: the extension and its server as browser bundles (the server in a Web Worker).
    build({ ...browser, entryPoints: ['extension/src/extension-web.ts'], outfile: 'extension/out/extension-web.js', format: 'cjs', external: ['vscode'] }),
    build({ ...browser, ...worker, entryPoints: ['server/src/browser-main.ts'], outfile: 'out/server-web.js' })
]);

// esbuild escapes non-ASCII characters in strings and templates (charset 'ascii', its default) but
// leaves them in regular expressions (the grammar's currency terminal) and in comments it keeps. One
// such character makes V8 hold and scan the whole multi-megabyte source as two-byte text: measured,
// `wpcm --version` 357 -> 337 ms. A \uXXXX escape means the same in both places (a surrogate pair too,
// in a regular expression with or without the u flag).
const NON_ASCII = /[^\x00-\x7f]/g;
for (const file of ['out/cli.cjs', 'out/server.cjs', 'out/coach-worker.cjs', 'out/chart-runtime.cjs', 'out/server-web.js']) {
    const text = readFileSync(file, 'utf8');
    const ascii = text.replace(NON_ASCII, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (ascii !== text) writeFileSync(file, ascii);
}

// The package's bins run from a checkout too (`npx wpcm` after a rebuild): npm marks them
// executable only when it links them, and esbuild writes new files without the mode.
for (const bin of ['out/cli.cjs', 'out/server.cjs']) chmodSync(bin, 0o755);

// The extension runs the very same server as `wpcm-language-server`.
mkdirSync('extension/out/schemas', { recursive: true });
copyFileSync('out/server.cjs', 'extension/out/server.cjs');
copyFileSync('out/server-web.js', 'extension/out/server-web.js');
// The rule pages ship beside the server, which links each diagnostic to its page.
for (const out of ['out', 'extension/out']) {
    rmSync(`${out}/docs`, { recursive: true, force: true });
    cpSync('docs/rules', `${out}/docs/rules`, { recursive: true });
}
writeFileSync('extension/out/schemas/wpcm.config.schema.json', `${JSON.stringify(await configSchema(), null, 2)}\n`);
