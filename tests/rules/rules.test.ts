/**
 * Every rule against its fixtures (see rule-tester.ts for the markers):
 * exact codes, ranges and severities, the valid cases that must stay
 * quiet, and the text each preferred quick fix produces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, findRule } from '@wpcm/language';
import { applyFirstFix, buildFixture, casesOf, describeFinding, FIXTURES, readFixture, ruleFolders } from './rule-tester.js';

describe('fixtures', () => {
    it('exist for every rule, with at least one invalid and one valid case', () => {
        expect(ruleFolders()).toEqual(ALL_RULES.map(r => r.code).sort());
        for (const rule of ALL_RULES) {
            const cases = casesOf(rule.code);
            expect(cases.some(c => c.startsWith('invalid')), `${rule.code}: an invalid-* case`).toBe(true);
            expect(cases.some(c => c.startsWith('valid')), `${rule.code}: a valid-* case`).toBe(true);
        }
    });
});

describe.each(ruleFolders())('%s', (code) => {
    const rule = findRule(code)!;

    it.each(casesOf(code))('%s', async (name) => {
        const path = join(FIXTURES, code, name);
        const fixture = readFixture(path);
        if (name.startsWith('valid')) expect(fixture.expected.filter(e => e.code === code), 'a valid case marks no finding of its rule').toEqual([]);
        else expect(fixture.expected.some(e => e.code === code), 'an invalid case marks a finding of its rule').toBe(true);
        const { services, documents, actual } = await buildFixture(fixture.files);
        const sorted = (list: string[]) => list.sort();
        expect(sorted(actual.map(describeFinding))).toEqual(sorted(fixture.expected.map(describeFinding)));
        for (const finding of actual) expect(finding.severity, describeFinding(finding)).toBe(findRule(finding.code)?.severity);

        const fixedPath = path.replace(/\.wpcm$/, '.fixed.wpcm');
        if (!name.endsWith('.wpcm') || !existsSync(fixedPath)) return;
        const first = actual.find(f => f.code === code)!;
        const fixedText = await applyFirstFix(services, documents[first.file]!, first.diagnostic);
        expect(fixedText, `${rule.code} offers a quick fix`).toBeDefined();
        expect(fixedText).toBe(readFileSync(fixedPath, 'utf8'));
        const after = await buildFixture({ ...fixture.files, [first.file]: fixedText! });
        const count = (list: typeof actual) => list.filter(f => f.code === code && f.file === first.file).length;
        expect(count(after.actual), 'the fix removes the finding it fixes').toBe(count(actual) - 1);
    });
});
