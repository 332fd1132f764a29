/**
 * Golden files: the generated output for both normative examples, compared
 * byte for byte with tests/golden/<example>/{dashboards,grafana,modules}/.
 * The golden files were reviewed by hand; after an intended change, rewrite
 * them and review the diff before committing:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/generators/golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile, GeneratorInput } from '../../language/src/generators/index.js';
import { DASHBOARD_SCHEMA_FILE, generateDashboards, generateModules } from '../../language/src/generators/index.js';
import { readExample } from '../support/workspace.js';
import { compareGolden, UPDATE_GOLDEN } from '../support/golden.js';
import { inputOf } from './support.js';

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));
const EXAMPLES = ['direct-seller', 'abc-co'];

type Kind = 'dashboards' | 'grafana' | 'modules';

function generate(input: GeneratorInput, kind: Kind): GeneratedFile[] {
    switch (kind) {
        // The schema is the same for every example: kept once, in tests/golden/.
        case 'dashboards': return generateDashboards(input, 'wpcm').filter(f => f.path !== DASHBOARD_SCHEMA_FILE);
        case 'grafana': return generateDashboards(input, 'grafana');
        case 'modules': return generateModules(input);
    }
}

describe.each(EXAMPLES)('golden output of %s.wpcm', (example) => {
    it.each<Kind>(['dashboards', 'grafana', 'modules'])('%s', async (kind) => {
        const input = await inputOf({ [`${example}.wpcm`]: readExample(`${example}.wpcm`) });
        compareGolden(join(GOLDEN, example, kind), generate(input, kind));
    });
});

describe('golden dashboard schema', () => {
    it('matches tests/golden/dashboard.schema.json', async () => {
        const input = await inputOf({ 'direct-seller.wpcm': readExample('direct-seller.wpcm') });
        const schema = generateDashboards(input).find(f => f.path === DASHBOARD_SCHEMA_FILE)!;
        if (UPDATE_GOLDEN) writeFileSync(join(GOLDEN, DASHBOARD_SCHEMA_FILE), schema.content);
        expect(schema.content).toBe(readFileSync(join(GOLDEN, DASHBOARD_SCHEMA_FILE), 'utf8'));
    });
});

describe('determinism', () => {
    const both = { 'direct-seller.wpcm': readExample('direct-seller.wpcm'), 'abc-co.wpcm': readExample('abc-co.wpcm') };

    function all(input: GeneratorInput): GeneratedFile[] {
        return [...generateDashboards(input, 'wpcm'), ...generateDashboards(input, 'grafana'), ...generateModules(input)];
    }

    it('gives byte-identical output for the same input, whatever the order of the files', async () => {
        const first = all(await inputOf(both));
        const again = all(await inputOf(both));
        const reversed = all(await inputOf(Object.fromEntries(Object.entries(both).reverse())));
        expect(again).toEqual(first);
        expect(reversed).toEqual(first);
    });

    it('uses "\\n" line endings and ends every file with exactly one newline', async () => {
        for (const file of all(await inputOf(both))) {
            expect(file.content.includes('\r'), file.path).toBe(false);
            expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n'), file.path).toBe(true);
        }
    });

    it('keeps the two example models apart when they are generated together', async () => {
        const together = all(await inputOf(both));
        const separately = [
            ...all(await inputOf({ 'direct-seller.wpcm': both['direct-seller.wpcm'] })),
            ...all(await inputOf({ 'abc-co.wpcm': both['abc-co.wpcm'] }))
        ];
        // The model overview (README.md of the modules) is one per workspace: it covers both models when generated together.
        const overview = 'README.md';
        const byPath = (files: GeneratedFile[]) => Object.fromEntries(files.filter(f => f.path !== overview).map(f => [f.path, f.content]));
        expect(byPath(together)).toEqual(byPath(separately));
        const shared = together.find(f => f.path === overview)!.content;
        expect(shared.split('\n')[0]).toBe('# ABC Co. commercial lending and Direct Sales Enablement: overview');
        expect(shared).toContain('- [Direct Seller](direct-seller/README.md): 5 motions, 3 modules');
        expect(shared).toContain('- [Commercial loan seller](commercial-loan-seller/README.md): 2 motions, 0 modules');
        expect(shared).toContain('**Strategy:** Sellers are regarded by customers as trusted advisors who add value.');
    });
});
