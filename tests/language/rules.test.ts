/**
 * Every rule of the catalogue: the exact code, severity and range it reports,
 * and the clean variant that must not trigger it.
 */
import { describe, expect, it } from 'vitest';
import { briefOf } from '../support/workspace.js';

/** A complete, clean model; tests swap one part for a faulty one. */
const CLEAN = `model "Test"
term Lead "A contact that has expressed interest."
system CRM "Salesforce"
persona Seller "Seller" {
    motion Qualify "Qualify the lead" {
        goal "Create an opportunity."
        kpi Qualified "Qualified leads" {
            target >= 5 leads per week
            measured in CRM
        }
    }
    competency AskQuestions "How to ask qualifying questions" {
        supports Qualify
        value "Good questions save weeks."
        coached by Dana
    }
}
coach Dana "Dana Reyes" {
    role sme
    expert in AskQuestions
}
`;

function withMotion(body: string, title = 'Qualify the lead'): string {
    return CLEAN.replace(/motion Qualify "Qualify the lead" \{[\s\S]*?\n {4}\}\n/, `motion Qualify "${title}" {\n${body}\n    }\n`);
}

function withKpi(body: string): string {
    return withMotion(`        goal "g"\n        kpi Qualified "Qualified leads" {\n${body}\n        }`);
}

function withCompetency(header: string, body: string): string {
    return CLEAN.replace(/competency AskQuestions "How to ask qualifying questions" \{[\s\S]*?\n {4}\}\n/, `${header} {\n${body}\n    }\n`);
}

describe('the clean model', () => {
    it('has no findings at all', async () => {
        expect(await briefOf(CLEAN)).toEqual([]);
    });
});

describe('motion rules', () => {
    it('motion-noun-phrase on the title, with the rewrite in the message', async () => {
        const findings = await briefOf(withMotion('        goal "g"\n        kpi K "k" { target >= 1 per day measured in CRM }', 'Lead qualification'));
        expect(findings).toEqual([{ code: 'motion-noun-phrase', severity: 'warning', line: 5, text: '"Lead qualification"' }]);
    });

    it('motion-noun-phrase stays quiet on verb phrases with homograph verbs', async () => {
        for (const title of ['Lead the team', 'Forecast revenue', 'Close the deal', 'Prospect for leads', 'Quickly qualify leads', 'Ensure success']) {
            const findings = await briefOf(withMotion('        goal "g"\n        kpi K "k" { target >= 1 per day measured in CRM }', title));
            expect(findings, title).toEqual([]);
        }
    });

    it('motion-no-kpi and motion-no-goal on the motion name', async () => {
        expect(await briefOf(withMotion('        question "Who decides?"'))).toEqual([
            { code: 'motion-no-goal', severity: 'warning', line: 5, text: 'Qualify' },
            { code: 'motion-no-kpi', severity: 'warning', line: 5, text: 'Qualify' }
        ]);
    });

    it('motion-no-competency when nothing supports the motion, in any file', async () => {
        const text = CLEAN.replace('supports Qualify', 'supports Other').replace('persona Seller "Seller" {', 'persona Seller "Seller" {\n    motion Other "Follow up" { goal "g" kpi O "o" { target >= 1 per day measured in CRM } }');
        expect(await briefOf(text)).toEqual([{ code: 'motion-no-competency', severity: 'info', line: 6, text: 'Qualify' }]);
    });
});

describe('KPI rules', () => {
    it('kpi-no-numeric-target on the KPI name when there is no target', async () => {
        expect(await briefOf(withKpi('            measured in CRM'))).toEqual([
            { code: 'kpi-no-numeric-target', severity: 'warning', line: 7, text: 'Qualified' }
        ]);
    });

    it('kpi-no-numeric-target on a quoted target', async () => {
        expect(await briefOf(withKpi('            target "as many as possible"\n            measured in CRM'))).toEqual([
            { code: 'kpi-no-numeric-target', severity: 'warning', line: 8, text: '"as many as possible"' }
        ]);
    });

    it('kpi-no-source on the KPI name', async () => {
        expect(await briefOf(withKpi('            target >= 5 leads per week'))).toEqual([
            { code: 'kpi-no-source', severity: 'warning', line: 7, text: 'Qualified' }
        ]);
    });

    it('kpi-target-no-period on a count without per, not on percentages, money or durations', async () => {
        expect(await briefOf(withKpi('            target >= 5 leads\n            measured in CRM'))).toEqual([
            { code: 'kpi-target-no-period', severity: 'info', line: 8, text: '>= 5 leads' }
        ]);
        for (const target of ['>= 75 %', '<= 90 days', '>= $10k', '>= 1 open per Lead', 'between 2 and 4 weeks']) {
            expect(await briefOf(withKpi(`            target ${target}\n            measured in CRM`)), target).toEqual([]);
        }
    });

    it.each([
        ['>= 120 %', 'percentage above 100'],
        ['>= -5 %', 'negative percentage'],
        ['>= -3 calls per day', 'negative count'],
        ['between 30 and 20 %', 'reversed range'],
        ['between 10 and 5 calls per week', 'reversed count range'],
        ['between 50 and 150 %', 'range beyond 100 %']
    ])('kpi-target-out-of-range: %s (%s)', async (target) => {
        expect(await briefOf(withKpi(`            target ${target}\n            measured in CRM`))).toEqual([
            { code: 'kpi-target-out-of-range', severity: 'error', line: 8, text: target }
        ]);
    });

    it('accepts the edges of the ranges', async () => {
        for (const target of ['>= 0 %', '<= 100 %', 'between 5 and 5 calls per day', '>= 0 calls per day']) {
            expect(await briefOf(withKpi(`            target ${target}\n            measured in CRM`)), target).toEqual([]);
        }
    });
});

describe('competency rules', () => {
    it('competency-not-how-to on the title', async () => {
        const text = withCompetency('    competency AskQuestions "Qualifying questions"', '        supports Qualify\n        value "v"');
        expect(await briefOf(text)).toEqual([{ code: 'competency-not-how-to', severity: 'info', line: 12, text: '"Qualifying questions"' }]);
    });

    it('accepts "When to" titles', async () => {
        const text = withCompetency('    competency AskQuestions "When to ask qualifying questions"', '        supports Qualify\n        value "v"');
        expect(await briefOf(text)).toEqual([]);
    });

    it('competency-no-motion and motion-no-competency together', async () => {
        const text = withCompetency('    competency AskQuestions "How to ask qualifying questions"', '        value "v"');
        expect(await briefOf(text)).toEqual([
            { code: 'motion-no-competency', severity: 'info', line: 5, text: 'Qualify' },
            { code: 'competency-no-motion', severity: 'warning', line: 12, text: 'AskQuestions' }
        ]);
    });

    it('module-no-value on the competency name', async () => {
        const text = withCompetency('    competency AskQuestions "How to ask qualifying questions"', '        supports Qualify');
        expect(await briefOf(text)).toEqual([{ code: 'module-no-value', severity: 'info', line: 12, text: 'AskQuestions' }]);
    });
});

describe('persona rules', () => {
    it('persona-no-motion on the persona name', async () => {
        expect(await briefOf('persona Empty "Empty" {\n    description "Nobody."\n}\n')).toEqual([
            { code: 'persona-no-motion', severity: 'error', line: 1, text: 'Empty' }
        ]);
    });
    // The gap rules are tested in tests/hpt/rules.test.ts.
});

describe('structure rules', () => {
    it('duplicate-name on both declarations', async () => {
        const text = CLEAN.replace('system CRM "Salesforce"', 'system CRM "Salesforce"\nsystem CRM "HubSpot"');
        expect(await briefOf(text)).toEqual([
            { code: 'duplicate-name', severity: 'error', line: 3, text: 'CRM' },
            { code: 'duplicate-name', severity: 'error', line: 4, text: 'CRM' }
        ]);
    });

    it('the same name for different kinds is fine', async () => {
        expect(await briefOf(CLEAN.replace('term Lead', 'term Qualify'))).toEqual([]);
    });

    it('duplicate-clause on the repeated keyword', async () => {
        const text = withMotion('        goal "First."\n        goal "Second."\n        kpi K "k" { target >= 1 per day measured in CRM }');
        expect(await briefOf(text)).toEqual([{ code: 'duplicate-clause', severity: 'error', line: 7, text: 'goal' }]);
    });

    it('duplicate-model-header on the second header', async () => {
        expect(await briefOf(`${CLEAN}model "Again"\n`)).toEqual([
            { code: 'duplicate-model-header', severity: 'error', line: 22, text: 'model "Again"' }
        ]);
    });

    it('unresolved-reference names the missing element and its kind', async () => {
        const findings = await briefOf(CLEAN.replace('measured in CRM', 'measured in Crm'));
        expect(findings).toEqual([{ code: 'unresolved-reference', severity: 'error', line: 9, text: 'Crm' }]);
    });

    it('syntax-error at the text that does not parse', async () => {
        const findings = await briefOf(CLEAN.replace('goal "Create an opportunity."', 'goal Create an opportunity'));
        expect(findings.filter(f => f.code === 'syntax-error')[0]).toMatchObject({ severity: 'error', line: 6, text: 'Create' });
    });
});
