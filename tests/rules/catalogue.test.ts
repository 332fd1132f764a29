/**
 * What is derived from the rule list stays in step with it: the committed
 * rule pages, the README table and the extension's settings (text and
 * defaults), and every diagnostic links its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleDocsUrl } from '@wpcm/language';
import { extensionRuleSettings, rulePage, rulesIndex, withReadmeTable } from '../../scripts/rule-catalogue.js';
import { diagnose, readExample } from '../support/workspace.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const REBUILD = 'out of date: run `npm run build` to regenerate it from language/src/rules';

describe('the rule list', () => {
    it('has unique kebab-case codes and complete docs', () => {
        expect(new Set(ALL_RULES.map(r => r.code)).size).toBe(ALL_RULES.length);
        for (const rule of ALL_RULES) {
            expect(rule.code).toMatch(/^[a-z]+(-[a-z]+)+$/);
            expect(rule.summary, rule.code).toMatch(/^[A-Z].*\.$/);
            for (const part of ['why', 'bad', 'good', 'fix'] as const) expect(rule.docs[part].trim(), `${rule.code} docs.${part}`).not.toBe('');
            expect(rule.docs.bad, rule.code).not.toBe(rule.docs.good);
        }
    });
});

describe('derived files', () => {
    it.each(ALL_RULES.map(r => [r.code, r] as const))('docs/rules/%s.md is the rule\'s page', (code, rule) => {
        expect(read(`docs/rules/${code}.md`), REBUILD).toBe(rulePage(rule));
    });

    it('docs/rules has the index and no page of a rule that no longer exists', () => {
        expect(read('docs/rules/README.md'), REBUILD).toBe(rulesIndex());
        expect(readdirSync(new URL('docs/rules/', root)).sort()).toEqual([...ALL_RULES.map(r => `${r.code}.md`), 'README.md'].sort());
    });

    it('README.md carries the current rules table', () => {
        const readme = read('README.md');
        expect(readme, REBUILD).toBe(withReadmeTable(readme));
        for (const rule of ALL_RULES) expect(readme).toContain(`| [\`${rule.code}\`](docs/rules/${rule.code}.md) | ${rule.severity} |`);
    });

    it('the extension\'s wpcm.rules entries match each rule\'s summary and default', () => {
        const manifest = JSON.parse(read('extension/package.json'));
        expect(manifest.contributes.configuration.properties['wpcm.rules'].properties, REBUILD).toEqual(extensionRuleSettings());
        expect(manifest.contributes.configuration.properties['wpcm.rules'].properties['motion-no-kpi'].markdownDescription)
            .toBe('A motion has no KPI. Default: `warning`. [Rule page](https://github.com/wpcm-dev/wpcm/blob/main/docs/rules/motion-no-kpi.md)');
    });

    it('the bundles ship the pages beside the server', () => {
        for (const out of ['out', 'extension/out']) {
            for (const rule of ALL_RULES) expect(existsSync(new URL(`${out}/docs/rules/${rule.code}.md`, root)), `${out} ${rule.code}`).toBe(true);
        }
    });
});

describe('diagnostics link their rule page', () => {
    it('sets codeDescription.href on every diagnostic', async () => {
        const diagnostics = await diagnose(readExample('abc-co.wpcm'));
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) expect(d.codeDescription?.href).toBe(ruleDocsUrl(String(d.code)));
    });
});
