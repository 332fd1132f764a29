/**
 * `wpcm check --format sarif` as GitHub code scanning needs it: the output of
 * the CLI on both examples and on files outside the current folder validates
 * against the SARIF 2.1.0 JSON Schema (tests/fixtures/sarif-schema-2.1.0.json,
 * see tests/fixtures/README.md) with ajv, and carries what the schema cannot
 * require: columnKind, workspace-relative URIs with %SRCROOT%, rule pages,
 * fingerprints that survive edits elsewhere in the file.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../language/src/rules/index.js';
import { ruleDocsUrl, RULE_DOCS_BASE } from '../../language/src/rules/docs-url.js';
import { INFORMATION_URI } from '../../cli/src/formatters/sarif.js';
import { runCli, tempFolder } from '../support/cli.js';
import { EXAMPLE_FINDINGS } from '../support/examples.js';

type Json = Record<string, any>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Json;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validate = ajv.compile(schema);

function schemaErrors(log: unknown): string[] {
    return validate(log) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}

const EXAMPLES = new URL('../../examples/', import.meta.url);
let folder: string;

beforeAll(() => {
    folder = tempFolder();
    mkdirSync(join(folder, 'repo', 'models'), { recursive: true });
    mkdirSync(join(folder, 'elsewhere'), { recursive: true });
    copyFileSync(new URL('direct-seller.wpcm', EXAMPLES), join(folder, 'repo', 'models', 'direct-seller.wpcm'));
    copyFileSync(new URL('abc-co.wpcm', EXAMPLES), join(folder, 'repo', 'models', 'abc co.wpcm'));
    writeFileSync(join(folder, 'elsewhere', 'über.wpcm'), 'persona Empty "Émpty" {\n}\n');
});

async function sarifOf(args: string[], cwd: string): Promise<Json> {
    const run = await runCli(['check', '--format', 'sarif', ...args], cwd);
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as Json;
}

describe('SARIF output against the SARIF 2.1.0 JSON Schema (ajv)', () => {
    it('validates for both examples', async () => {
        const log = await sarifOf(['models'], join(folder, 'repo'));
        expect(log.runs[0].results.length).toBe(EXAMPLE_FINDINGS['direct-seller.wpcm'].length + EXAMPLE_FINDINGS['abc-co.wpcm'].length);
        expect(schemaErrors(log)).toEqual([]);
    });

    it('validates for files outside the current folder, with non-ASCII names', async () => {
        const log = await sarifOf(['models', '../elsewhere'], join(folder, 'repo'));
        expect(schemaErrors(log)).toEqual([]);
        expect(log.runs[0].results.length).toBeGreaterThan(7);
    });

    it('would reject a log the schema forbids (the check is live)', async () => {
        const log = await sarifOf(['models'], join(folder, 'repo'));
        log.runs[0].columnKind = 'characters';
        log.runs[0].results[0].level = 'info';
        expect(schemaErrors(log).join('\n')).toMatch(/columnKind[\s\S]*level|level[\s\S]*columnKind/);
    });
});

describe('what GitHub code scanning reads', () => {
    it('says columns are UTF-16 code units', async () => {
        const log = await sarifOf(['models'], join(folder, 'repo'));
        expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    });

    it('gives URIs relative to %SRCROOT%, the workspace root, even for files outside the current folder', async () => {
        const inside = await sarifOf(['models'], join(folder, 'repo'));
        expect(inside.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(join(folder, 'repo')).href}/`);
        const uris = new Set(inside.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation));
        expect([...new Set([...uris].map(u => JSON.stringify(u)))].sort()).toEqual([
            JSON.stringify({ uri: 'models/abc%20co.wpcm', uriBaseId: '%SRCROOT%' }),
            JSON.stringify({ uri: 'models/direct-seller.wpcm', uriBaseId: '%SRCROOT%' })
        ]);
        const outside = await sarifOf(['models', '../elsewhere'], join(folder, 'repo'));
        expect(outside.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(folder).href}/`);
        const all = new Set(outside.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri));
        expect([...all].sort()).toEqual(['elsewhere/%C3%BCber.wpcm', 'repo/models/abc%20co.wpcm', 'repo/models/direct-seller.wpcm']);
    });

    it('describes every rule of the catalogue with its page, and the tool with its home', async () => {
        const log = await sarifOf(['models'], join(folder, 'repo'));
        const driver = log.runs[0].tool.driver;
        expect(driver.informationUri).toBe('https://github.com/wpcm-dev/wpcm');
        expect(RULE_DOCS_BASE.startsWith(`${INFORMATION_URI}/`)).toBe(true);
        expect(driver.rules.map((r: Json) => r.id)).toEqual(ALL_RULES.map(r => r.code));
        for (const rule of driver.rules) expect(rule.helpUri).toBe(ruleDocsUrl(rule.id));
        expect(driver.rules.find((r: Json) => r.id === 'motion-noun-phrase').helpUri).toBe('https://github.com/wpcm-dev/wpcm/blob/main/docs/rules/motion-noun-phrase.md');
    });

    it('fingerprints each finding, stable when lines are added above it', async () => {
        const cwd = join(folder, 'repo');
        const before = await sarifOf(['models/abc co.wpcm'], cwd);
        const prints = before.runs[0].results.map((r: Json) => r.partialFingerprints['wpcmFinding/v1']);
        expect(new Set(prints).size).toBe(prints.length);
        const path = join(cwd, 'models', 'abc co.wpcm');
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, `// a note\n\n${text}`);
        try {
            const after = await sarifOf(['models/abc co.wpcm'], cwd);
            expect(after.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.region.startLine))
                .toEqual(before.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.region.startLine + 2));
            expect(after.runs[0].results.map((r: Json) => r.partialFingerprints['wpcmFinding/v1'])).toEqual(prints);
        } finally {
            writeFileSync(path, text);
        }
    });
});
