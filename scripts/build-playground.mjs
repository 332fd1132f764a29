// Builds the static playground in site/ (see playground/): the page bundle,
// the language server's Web Worker bundle (from `npm run build`), the page,
// and its styles (the preview's own, shared with the VS Code webview).
// Serve the folder over HTTP; it needs nothing else, offline included.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const SITE = 'site';
if (!existsSync('out/server-web.js')) throw new Error('out/server-web.js is missing: run `npm run build` first');

// The editor's keyword colouring takes its words from the grammar itself.
const grammar = readFileSync('language/src/wpcm.langium', 'utf8').replace(/\/\/.*$/gm, '');
const keywords = [...new Set([...grammar.matchAll(/'([a-z][a-z-]*)'/g)].map(m => m[1]))].sort();

rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE, { recursive: true });
await build({
    entryPoints: ['playground/src/main.ts'],
    outfile: `${SITE}/playground.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    loader: { '.wpcm': 'text' },
    define: { __WPCM_KEYWORDS__: JSON.stringify(keywords) },
    logLevel: 'warning'
});
copyFileSync('out/server-web.js', `${SITE}/server-web.js`);
copyFileSync('playground/index.html', `${SITE}/index.html`);
copyFileSync('playground/playground.css', `${SITE}/playground.css`);
copyFileSync('extension/media/preview.css', `${SITE}/preview.css`);
copyFileSync('extension/media/preview-icon.svg', `${SITE}/favicon.svg`);
