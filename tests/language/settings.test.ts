/** Severity overrides from wpcm.config.json and suppression comments. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../language/src/config/config-schema.js';
import { briefOf, diagnose, readExample } from '../support/workspace.js';

const ABC = readExample('abc-co.wpcm');

describe('severity overrides', () => {
    it('raise, lower and switch off rules', async () => {
        const config = parseConfig(JSON.stringify({
            rules: { 'motion-noun-phrase': 'error', 'motion-no-competency': 'off', 'gap-level-uncovered': 'hint', 'motion-no-kpi': 'off' }
        }));
        expect(await briefOf(ABC, config)).toEqual([
            { code: 'motion-noun-phrase', severity: 'error', line: 16, text: '"Deal closure"' },
            { code: 'gap-no-evaluation', severity: 'info', line: 29, text: 'ForecastReliability' },
            { code: 'gap-no-performance', severity: 'warning', line: 29, text: 'ForecastReliability' },
            { code: 'cause-no-cell', severity: 'info', line: 31, text: 'cause' },
            { code: 'gap-level-uncovered', severity: 'hint', line: 31, text: 'organization' },
            { code: 'cause-no-cell', severity: 'info', line: 32, text: 'cause' },
            { code: 'cause-no-cell', severity: 'info', line: 33, text: 'cause' },
            { code: 'gap-level-uncovered', severity: 'hint', line: 33, text: 'process' },
            { code: 'cause-no-cell', severity: 'info', line: 34, text: 'cause' },
            { code: 'gap-training-only', severity: 'warning', line: 36, text: 'intervention training "CRM proficiency training for sales managers" addresses performer' }
        ]);
    });

    it('can silence unresolved references but never syntax errors', async () => {
        // A config file cannot say this (see below); the guard still holds for settings from elsewhere (the editor).
        const config = { rules: { 'unresolved-reference': 'off' as const, 'syntax-error': 'off' as const } };
        const findings = await briefOf('system S\npersona P { motion M "Close the deal" { goal "g" kpi K "k" { target >= 1 per day measured in Nowhere } } }\nsystem\n', config);
        expect(findings.map(f => f.code)).toEqual(['motion-no-competency', 'syntax-error']);
    });
});

describe('config file validation', () => {
    it.each([
        ['{"rules": {"no-such-rule": "off"}}', /^wpcm\.config\.json: rules: Unrecognized key: "no-such-rule"$/],
        ['{"rules": {"motion-no-kpi": "loud"}}', /^wpcm\.config\.json: rules\.motion-no-kpi: /],
        ['{"colour": "red"}', /^wpcm\.config\.json: top level: Unrecognized key/],
        ['{"dashboard": {"attainment": {"amber": 120, "green": 100}}}', /^wpcm\.config\.json: dashboard\.attainment: amber must not be greater than green$/],
        ['{"rules": {"syntax-error": "off"}}', /^wpcm\.config\.json: rules\.syntax-error: Invalid option: expected one of "error"\|"warning"\|"info"\|"hint"$/],
        ['{ not json', /^wpcm\.config\.json: not valid JSON/]
    ])('%s is refused with one line', (text, message) => {
        expect(() => parseConfig(text)).toThrow(message);
    });

    it('fills the attainment defaults', () => {
        expect(parseConfig('{"dashboard": {"attainment": {}}}').dashboard?.attainment).toEqual({ amber: 80, green: 100 });
    });
});

describe('suppression comments', () => {
    it('wpcm-disable-next-line silences the listed codes on the next line only', async () => {
        const text = ABC.replace('    motion Closing "Deal closure" {', '    // wpcm-disable-next-line motion-noun-phrase, motion-no-competency -- legacy name\n    motion Closing "Deal closure" {');
        const codes = (await briefOf(text)).map(f => `${f.line} ${f.code}`);
        expect(codes).not.toContain('17 motion-noun-phrase');
        expect(codes).not.toContain('17 motion-no-competency');
        expect(codes).toContain('25 motion-no-kpi');
    });

    it('wpcm-disable-next-line without codes silences everything on the next line', async () => {
        const text = ABC.replace('    motion Advise', '    // wpcm-disable-next-line\n    motion Advise');
        const lines = (await briefOf(text)).map(f => f.line);
        expect(lines).not.toContain(25);
    });

    it('wpcm-disable silences a code in the whole file', async () => {
        const text = `// wpcm-disable motion-no-competency gap-level-uncovered\n${ABC}`;
        const codes = (await briefOf(text)).map(f => f.code);
        expect(codes).toEqual(['motion-noun-phrase', 'motion-no-kpi', 'gap-no-evaluation', 'gap-no-performance',
            'cause-no-cell', 'cause-no-cell', 'cause-no-cell', 'cause-no-cell', 'gap-training-only']);
    });

    it('counts lines as the editor does: a lone CR ends a line too', async () => {
        // Before, only LF counted, so in a CR file every directive was on "line 0" and silenced line 1.
        const text = ABC.replace('    motion Advise', '    // wpcm-disable-next-line motion-no-kpi, motion-no-competency\n    motion Advise').replace(/\n/g, '\r');
        const findings = await briefOf(text);
        expect(findings.filter(f => f.line === 25)).toEqual([]);
        expect(findings.filter(f => f.line === 16).map(f => f.code)).toEqual(['motion-no-competency', 'motion-noun-phrase']);
    });

    it('reports an unknown code where it is, in a file with CR line endings', async () => {
        const text = 'system CRM\r\r// wpcm-disable-next-line kpi-no-sorce\rsystem Survey\r';
        const found = await diagnose(text);
        expect(found.map(d => [d.code, d.range])).toEqual([['unknown-rule-code', { start: { line: 2, character: 26 }, end: { line: 2, character: 38 } }]]);
    });

    it('a directive inside a string or a block comment is text, not a directive', async () => {
        // Before, the words anywhere in the file counted: the string silenced motion-no-kpi in the whole file, and the
        // comment gave an unknown-rule-code finding for '*/'.
        const codes = async (text: string) => (await briefOf(text)).map(f => f.code).sort();
        const abc = await codes(ABC);
        expect(abc.filter(c => c === 'motion-no-kpi' || c === 'unknown-rule-code')).toEqual(['motion-no-kpi']);
        expect(await codes(ABC.replace('goal "Understand the customer', 'goal "// wpcm-disable motion-no-kpi -- Understand the customer'))).toEqual(abc);
        expect(await codes(`/* // wpcm-disable */\n${ABC}`)).toEqual(abc);
    });

    it('does not silence other codes', async () => {
        const text = ABC.replace('    motion Advise', '    // wpcm-disable-next-line motion-no-goal\n    motion Advise');
        expect((await briefOf(text)).filter(f => f.line === 25).map(f => f.code)).toEqual(['motion-no-competency', 'motion-no-kpi']);
    });
});
