/**
 * The HPT gap rules: exact code, severity, line and covered text for each,
 * and the clean variants that must not trigger them. The model around the
 * gap is clean (tests/hpt/support.ts), so every finding comes from the gap.
 */
import { describe, expect, it } from 'vitest';
import { briefOf, diagnose } from '../support/workspace.js';
import { gap } from './support.js';

const ROUTING = '    cause process "No lead routing." as resources';
const TOOLING = '    intervention tooling "Lead routing in CRM" addresses process';
const EVALUATED = '    evaluated by Qualified';

describe('a complete cause analysis', () => {
    it('reports nothing', async () => {
        expect(await briefOf(gap([ROUTING, TOOLING, EVALUATED]))).toEqual([]);
    });

    it('unknown kinds fit by the level they address; known kinds imply their level', async () => {
        expect(await briefOf(gap(['    cause organization "Comp plan." as incentives', '    intervention townhall "Explain the plan" addresses organization', EVALUATED]))).toEqual([]);
        expect(await briefOf(gap(['    cause organization "Comp plan." as incentives', '    intervention compensation "New plan"', EVALUATED]))).toEqual([]);
    });
});

describe('gap-no-performance', () => {
    it('warns on the gap name when no performance is stated', async () => {
        expect(await briefOf(gap([ROUTING, TOOLING, EVALUATED], ''))).toEqual([
            { code: 'gap-no-performance', severity: 'warning', line: 16, text: 'G' }
        ]);
    });
});

describe('gap-no-cause', () => {
    it('warns on the gap name when interventions come without causes', async () => {
        expect(await briefOf(gap([TOOLING, EVALUATED]))).toEqual([
            { code: 'gap-no-cause', severity: 'warning', line: 16, text: 'G' }
        ]);
    });

    it('warns on the quotes of a cause with an empty description, "" or only spaces', async () => {
        // Before: no finding, and the gap report printed "process, resources:  (addressed)".
        for (const quoted of ['""', '"   "']) {
            const text = gap([`    cause process ${quoted} as resources`, TOOLING, EVALUATED]);
            expect(await briefOf(text)).toEqual([{ code: 'gap-no-cause', severity: 'warning', line: 19, text: quoted }]);
            expect((await diagnose(text)).map(d => d.message)).toEqual([
                'This process-level cause has no description: write what causes the gap between the quotes, so the gap report can say what the interventions remove.'
            ]);
        }
    });

    it('does not fire for a gap with neither causes nor interventions', async () => {
        expect(await briefOf(gap([]))).toEqual([]);
    });
});

describe('cause-no-cell', () => {
    it('informs on the cause keyword', async () => {
        expect(await briefOf(gap(['    cause process "No lead routing."', TOOLING, EVALUATED]))).toEqual([
            { code: 'cause-no-cell', severity: 'info', line: 19, text: 'cause' }
        ]);
    });
});

describe('cause-unaddressed and intervention-misfit', () => {
    it('an intervention at the level whose kind does not fit the cell: both, on the cause text and the kind', async () => {
        const text = gap([ROUTING, '    intervention feedback "Weekly lead report" addresses process', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'cause-unaddressed', severity: 'warning', line: 19, text: '"No lead routing."' },
            { code: 'intervention-misfit', severity: 'warning', line: 20, text: 'feedback' }
        ]);
        const messages = (await diagnose(text)).map(d => d.message);
        expect(messages).toEqual([
            "Nothing in gap 'G' fits this process-level resources cause: feedback does not fit resources; add an intervention that does (e.g. \"intervention tooling ... addresses process\").",
            "Intervention 'feedback' fits none of the causes it addresses, the process-level resources cause: it tells people what is expected and how they are doing."
        ]);
    });

    it('names every kind that does not fit, with the verb agreeing: "coaching and training do not fit"', async () => {
        // Found dogfooding a field-service model: "coaching and training does not fit motives".
        const text = gap(['    cause performer "Technicians see selling as the sales team\'s job." as motives',
            '    intervention coaching "Ride-alongs with the best peer"', '    intervention training "Condition talk workshop"', EVALUATED]);
        const messages = (await diagnose(text)).filter(d => d.code === 'cause-unaddressed').map(d => d.message);
        expect(messages).toEqual([
            "Nothing in gap 'G' fits this performer-level motives cause: coaching and training do not fit motives; add an intervention that does (e.g. \"intervention selection ... addresses performer\")."
        ]);
    });

    it('intervention-misfit alone when the other causes are fitted: training for a motives cause', async () => {
        const text = gap([ROUTING, '    cause performer "Sellers skip the routing step." as motives', TOOLING,
            '    intervention job-design "Routing is part of the qualification step" addresses performer',
            '    intervention training "Routing course" addresses performer', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'intervention-misfit', severity: 'warning', line: 23, text: 'training' }
        ]);
    });

    it('training at a systemic level covers nothing: training-only, level uncovered and misfit, but not cause-unaddressed', async () => {
        const text = gap(['    cause process "Managers skip CRM reviews." as knowledge', '    intervention training "CRM reports for managers" addresses process', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'environment-unexamined', severity: 'info', line: 16, text: 'G' },
            { code: 'gap-level-uncovered', severity: 'info', line: 19, text: 'process' },
            { code: 'gap-training-only', severity: 'warning', line: 20, text: 'intervention training "CRM reports for managers" addresses process' },
            { code: 'intervention-misfit', severity: 'warning', line: 20, text: 'training' }
        ]);
    });

    it('a cause without a cell is fitted by any intervention that can change its level', async () => {
        expect((await briefOf(gap(['    cause process "No lead routing."', '    intervention feedback "Weekly report" addresses process', EVALUATED]))).map(b => b.code))
            .toEqual(['cause-no-cell']);
    });
});

describe('environment-unexamined', () => {
    it('informs on the gap name when every classified cause is individual', async () => {
        const text = gap(['    cause performer "Sellers do not know the routing rules." as knowledge', '    intervention training "Routing rules" addresses performer', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'environment-unexamined', severity: 'info', line: 16, text: 'G' }
        ]);
    });

    it('does not fire once one cause is in the environment', async () => {
        const text = gap([ROUTING, '    cause performer "Sellers do not know the routing rules." as knowledge', TOOLING,
            '    intervention training "Routing rules" addresses performer', EVALUATED]);
        expect(await briefOf(text)).toEqual([]);
    });
});

describe('gap-no-evaluation', () => {
    it('informs on the gap name when interventions have no evaluated by', async () => {
        expect(await briefOf(gap([ROUTING, TOOLING]))).toEqual([
            { code: 'gap-no-evaluation', severity: 'info', line: 16, text: 'G' }
        ]);
    });
});

describe('gap-training-only and gap-level-uncovered', () => {
    it('gap-training-only on the first intervention', async () => {
        const text = gap(['    cause process "No CRM reviews." as information', '    intervention training "CRM training" addresses performer', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'gap-level-uncovered', severity: 'info', line: 19, text: 'process' },
            { code: 'gap-training-only', severity: 'warning', line: 20, text: 'intervention training "CRM training" addresses performer' }
        ]);
    });

    it('gap-level-uncovered once per uncovered level, on its first cause; coaching is training', async () => {
        const text = gap(['    cause organization "Comp plan." as incentives', '    cause organization "Structure." as resources',
            '    cause performer "Skills." as knowledge', '    intervention coaching "Deal reviews"', EVALUATED]);
        expect(await briefOf(text)).toEqual([
            { code: 'gap-level-uncovered', severity: 'info', line: 19, text: 'organization' },
            { code: 'gap-training-only', severity: 'warning', line: 22, text: 'intervention coaching "Deal reviews"' }
        ]);
    });

    it('no gap-training-only when a non-training intervention exists', async () => {
        const text = gap(['    cause process "No CRM reviews." as information', '    intervention training "CRM training"',
            '    intervention process "Weekly CRM review" addresses process', EVALUATED]);
        expect(await briefOf(text)).toEqual([]);
    });
});

describe('the example', () => {
    it('abc-co-hpt.wpcm: only the deliberate misfit warns', async () => {
        const { readExample } = await import('../support/workspace.js');
        const text = readExample('abc-co-hpt.wpcm');
        const findings = await briefOf(text);
        expect(findings.filter(f => f.severity !== 'info')).toEqual([
            { code: 'intervention-misfit', severity: 'warning', line: 62, text: 'training' }
        ]);
        expect(text.split('\n')[60]).toMatch(/deliberate: intervention-misfit/);
        expect(findings.filter(f => f.severity === 'info').map(f => f.code)).toEqual(['motion-no-competency', 'motion-no-competency']);
    });
});
