/** One list of known values (model/values.ts): documented in the README, offered by completion, explained by the outlines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coachRole, formatAdvice, knownPractice } from '../../language/src/generators/module-advice.js';
import { SUGGESTED_VALUES } from '../../language/src/lsp/completion-values.js';
import { COACH_ROLES, FORMATS, knownValue, PRACTICES, REPORTING_PERIODS, similarValues, VALUE_LISTS } from '../../language/src/model/values.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('known values', () => {
    it('the README table lists exactly the values of model/values.ts, with their meaning', () => {
        const section = README.slice(README.indexOf('## Values'), README.indexOf('## `wpcm check`'));
        const rows = [...section.matchAll(/^\| `(\w+)` \| `([\w-]+)`(?: \(also [^)]*\))? \| (.+) \|$/gm)].map(m => [m[1], m[2], m[3]]);
        const expected = Object.entries(VALUE_LISTS).flatMap(([clause, list]) => list.values.map(v => [clause, v.value, v.description]));
        expect(rows).toEqual(expected);
        expect(rows.length).toBe(22);
    });

    it('completion offers the same lists', () => {
        expect(SUGGESTED_VALUES.formats).toEqual(FORMATS.map(v => v.value));
        expect(SUGGESTED_VALUES.practices).toEqual(PRACTICES.map(v => v.value));
        expect(SUGGESTED_VALUES.role).toEqual(COACH_ROLES.map(v => v.value));
        expect(SUGGESTED_VALUES.reports).toEqual(REPORTING_PERIODS.map(v => v.value));
        // webinar and elearning used to be offered without a description; walkthrough described but not offered.
        expect(SUGGESTED_VALUES.formats).toEqual(expect.arrayContaining(['webinar', 'elearning']));
        expect(SUGGESTED_VALUES.practices).toEqual(expect.arrayContaining(['walkthrough', 'record']));
    });

    it('record is a known practice ("record themselves for feedback")', () => {
        expect(knownPractice('record')).toMatchObject({ name: 'Record yourself' });
        expect(knownPractice('Role-Play')?.value).toBe('roleplay');
        expect(knownPractice('improv')).toBeUndefined();
    });

    it('the outlines explain every known format and role', () => {
        for (const format of FORMATS) {
            const advice = formatAdvice({ formats: [format.value], title: 'How to x' } as never);
            expect(advice.given).toEqual([{ format: format.value, reason: format.description }]);
        }
        expect(coachRole({ role: 'SME' } as never)).toBe('subject-matter expert');
        expect(coachRole({ role: 'buddy' } as never)).toBe('buddy');
    });

    it('finds values through case and aliases, and close ones for a misspelling', () => {
        expect(knownValue(FORMATS, 'E-Learning')?.value).toBe('elearning');
        expect(knownValue(REPORTING_PERIODS, 'annually')?.value).toBe('yearly');
        expect(similarValues(FORMATS, 'webinr')).toEqual(['webinar']);
        expect(similarValues(PRACTICES, 'rolplay')).toEqual(['roleplay']);
        expect(similarValues(REPORTING_PERIODS, 'quartely')).toEqual(['quarterly']);
        expect(similarValues(FORMATS, 'hologram')).toEqual([]);
    });
});
