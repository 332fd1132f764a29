// Bundles the CLI, the language server (and later the VS Code extension) with
// esbuild. Each bundle starts with the Object.groupBy polyfill so langium 4.4
// runs on Node 20, and carries the package version.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const polyfill = readFileSync(new URL('./polyfill-groupby.cjs', import.meta.url), 'utf8');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    define: { __WPCM_VERSION__: JSON.stringify(pkg.version) }
};

await Promise.all([
    build({ ...common, entryPoints: ['cli/src/bin.ts'], outfile: 'out/cli.cjs', banner: { js: `#!/usr/bin/env node\n${polyfill}` } }),
    build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'out/server.cjs', banner: { js: `#!/usr/bin/env node\n${polyfill}` } })
]);
