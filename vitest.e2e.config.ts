/**
 * End-to-end tests in real editors (Neovim, code-server in Chromium) and on
 * the packaged .vsix. Not part of `npm test`: they need `npm run package`
 * and scripts/e2e-setup.sh first. Files run one at a time (a 2-core machine
 * runs a whole VS Code); every wait inside has its own timeout.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    // The public API of language/, as cli/, server/ and extension/ import it (tsconfig `paths`).
    resolve: {
        alias: {
            '@wpcm/language/client': fileURLToPath(new URL('./language/src/client.ts', import.meta.url)),
            '@wpcm/language/actuals': fileURLToPath(new URL('./language/src/actuals.ts', import.meta.url)),
            '@wpcm/language': fileURLToPath(new URL('./language/src/index.ts', import.meta.url))
        }
    },
    test: {
        include: ['tests/e2e/**/*.e2e.ts'],
        setupFiles: ['scripts/polyfill-groupby.cjs'],
        globalSetup: ['tests/e2e/global-setup.ts'],
        testTimeout: 240_000,
        hookTimeout: 240_000,
        pool: 'forks',
        fileParallelism: false
    }
});
