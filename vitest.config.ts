import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
    // The public API of language/, as cli/, server/ and extension/ import it (tsconfig `paths`).
    resolve: {
        alias: {
            '@wpcm/language/client': fileURLToPath(new URL('./language/src/client.ts', import.meta.url)),
            '@wpcm/language/actuals': fileURLToPath(new URL('./language/src/actuals.ts', import.meta.url)),
            '@wpcm/language': fileURLToPath(new URL('./language/src/index.ts', import.meta.url))
        }
    },
    define: { __WPCM_VERSION__: JSON.stringify(pkg.version) },
    test: {
        include: ['tests/**/*.test.ts'],
        setupFiles: ['scripts/polyfill-groupby.cjs'],
        testTimeout: 30_000,
        pool: 'forks'
    }
});
