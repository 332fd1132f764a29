/**
 * The one gap analysis (language/src/model/gaps.ts): gap sizes in the
 * target's own terms (hand-computed), the fit table, the training decision
 * and the 3 x 6 grid of the example.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Gap } from '../../language/src/generated/ast.js';
import { isGap } from '../../language/src/generated/ast.js';
import { analyzeGap, describeGapSize, gapSide, gapSize } from '../../language/src/model/gaps.js';
import { kindsFitting } from '../../language/src/model/interventions.js';
import type { TargetValue } from '../../language/src/model/targets.js';
import { buildWorkspace, readExample } from '../support/workspace.js';
import { MODEL } from './support.js';

async function gapOf(text: string): Promise<Gap> {
    const { 'test.wpcm': file } = await buildWorkspace({ 'test.wpcm': text });
    return (file!.document.parseResult.value as Document).elements.find(isGap)!;
}

const target = (t: Partial<TargetValue> & Pick<TargetValue, 'comparison' | 'value'>): TargetValue => ({ kind: 'count', ...t });

describe('gap size: the distance to the target in its own terms', () => {
    it.each([
        ['at least 80 %, now 45 %: the shortfall', target({ comparison: '>=', value: 80, kind: 'percent', unit: '%' }), 45, 35, '35 percentage points'],
        ['at least 80 %, now 92 %: met', target({ comparison: '>=', value: 80, kind: 'percent', unit: '%' }), 92, 0, '0 percentage points'],
        ['at most 90 days, now 120: the excess', target({ comparison: '<=', value: 90, kind: 'duration', unit: 'days' }), 120, 30, '30 days'],
        ['less than 90 days, now 60: met', target({ comparison: '<', value: 90, kind: 'duration', unit: 'days' }), 60, 0, '0 days'],
        ['between 20 and 30, now 35: to the upper bound', target({ comparison: 'between', value: 20, upper: 30 }), 35, 5, '5'],
        ['between 20 and 30, now 12: to the lower bound', target({ comparison: 'between', value: 20, upper: 30 }), 12, 8, '8'],
        ['between 20 and 30, now 25: inside', target({ comparison: 'between', value: 20, upper: 30 }), 25, 0, '0'],
        ['exactly 100, now 90', target({ comparison: '=', value: 100 }), 90, 10, '10'],
        ['at least $10k, now $7,500', target({ comparison: '>=', value: 10_000, kind: 'currency', currency: '$' }), 7_500, 2_500, '$2,500'],
        ['at least 60 touches per day, now 45', target({ comparison: '>=', value: 60, unit: 'touches', period: 'day' }), 45, 15, '15 touches per day'],
        // The unit agrees with the size, as describeTarget's does with the target (dogfood: "1 calls per day").
        ['at least 2 calls per day, now 1: one call', target({ comparison: '>=', value: 2, unit: 'calls', period: 'day' }), 1, 1, '1 call per day'],
        ['at most 1 day, now 3: the excess in days', target({ comparison: '<=', value: 1, kind: 'duration', unit: 'day' }), 3, 2, '2 days'],
        ['at least 0.2 Lead per Visit, now 0.07', target({ comparison: '>=', value: 0.2, unit: 'Lead', perTerm: 'Visit' }), 0.07, 0.13, '0.13 Leads per Visit'],
        ['at least 80 %, now 79.001 %: rounded to 1 point', target({ comparison: '>=', value: 80, kind: 'percent', unit: '%' }), 79.001, 80 - 79.001, '1 percentage point']
    ])('%s', (_, t, current, size, words) => {
        expect(gapSize(t, current)).toBe(size);
        expect(describeGapSize(size, t)).toBe(words);
    });

    it('says which side of the target the performance is on: over an at-most target, not short of it', () => {
        expect(gapSide(target({ comparison: '>=', value: 80 }), 45)).toBe('short of');
        expect(gapSide(target({ comparison: '>', value: 80 }), 45)).toBe('short of');
        expect(gapSide(target({ comparison: '<=', value: 5, kind: 'duration', unit: 'minutes' }), 47)).toBe('over');
        expect(gapSide(target({ comparison: '<', value: 5 }), 47)).toBe('over');
        expect(gapSide(target({ comparison: '=', value: 100 }), 90)).toBe('short of');
        expect(gapSide(target({ comparison: '=', value: 100 }), 110)).toBe('over');
        expect(gapSide(target({ comparison: 'between', value: 20, upper: 30 }), 12)).toBe('short of');
        expect(gapSide(target({ comparison: 'between', value: 20, upper: 30 }), 35)).toBe('over');
    });

    it('reads the performance line against the KPI target, with attainment', async () => {
        const gap = await gapOf(`${MODEL}gap G "g" { affects Qualify performance Qualified is 3 leads }\n`);
        const [p] = analyzeGap(gap).performances;
        expect(p!.size).toBe(2);
        expect(p!.attainment).toBe(60);
        expect(describeGapSize(p!.size!, p!.target!)).toBe('2 leads per week');
    });

    it('a performance in other units than the target is not comparable: "9 weeks" is not within "at most 45 days"', async () => {
        // Dogfood: the report said "Cycle already meets its target", attainment 500 %.
        const gap = await gapOf(MODEL.replace('target >= 5 leads per week', 'target <= 45 days') + 'gap G "g" { affects Qualify performance Qualified is 9 weeks }\n');
        const [p] = analyzeGap(gap).performances;
        expect(p!.size).toBeUndefined();
        expect(p!.attainment).toBeUndefined();
        expect(p!.unknownBecause).toBe('the performance is in weeks but the target is in days');
    });

    it('the same unit in another number or case is comparable: "3 Lead" against "at least 5 leads per week"', async () => {
        const gap = await gapOf(`${MODEL}gap G "g" { affects Qualify performance Qualified is 3 Lead }\n`);
        expect(analyzeGap(gap).performances[0]!.size).toBe(2);
    });

    it('a percentage against a count target is not comparable: size unknown, with the reason', async () => {
        const gap = await gapOf(`${MODEL}gap G "g" { affects Qualify performance Qualified is 45 % }\n`);
        const [p] = analyzeGap(gap).performances;
        expect(p!.size).toBeUndefined();
        expect(p!.unknownBecause).toBe('the performance is a percentage but the target is not');
    });
});

describe('the fit table', () => {
    it('lists the kinds that fit each cell, in table order', () => {
        expect(kindsFitting('knowledge')).toEqual(['training', 'coaching']);
        expect(kindsFitting('incentives')).toEqual(['compensation', 'policy']);
        expect(kindsFitting('information')).toEqual(['coaching', 'feedback', 'process', 'structure', 'policy']);
        expect(kindsFitting('resources')).toEqual(['tooling', 'process', 'structure']);
        expect(kindsFitting('capacity')).toEqual(['selection']);
        expect(kindsFitting('motives')).toEqual(['selection']);
    });
});

describe('training covers the performer level only', () => {
    it('a training intervention that says "addresses process" leaves the process level uncovered', async () => {
        const gap = await gapOf(`${MODEL}gap G "g" { cause process "p" as knowledge intervention training "t" addresses process, performer }\n`);
        const analysis = analyzeGap(gap);
        expect(analysis.uncoveredLevels).toEqual(['process']);
        expect(analysis.trainingOnly).toBe(true);
        expect(analysis.interventions[0]!.levels).toEqual(['process', 'performer']);
        expect(analysis.interventions[0]!.misfit).toBe(true);
    });

    it('the normative abc-co.wpcm: organization and process uncovered, training only', async () => {
        const { 'abc-co.wpcm': file } = await buildWorkspace({ 'abc-co.wpcm': readExample('abc-co.wpcm') });
        const analysis = analyzeGap((file!.document.parseResult.value as Document).elements.find(isGap)!);
        expect(analysis.causeLevels).toEqual(['organization', 'process', 'performer']);
        expect(analysis.uncoveredLevels).toEqual(['organization', 'process']);
        expect(analysis.trainingOnly).toBe(true);
        expect(analysis.causes.map(c => c.fittedBy.length)).toEqual([0, 0, 0, 1]);
    });
});

describe('the 3 x 6 grid of abc-co-hpt.wpcm', () => {
    it('addressed where the case states causes, no cause elsewhere', async () => {
        const { 'x.wpcm': file } = await buildWorkspace({ 'x.wpcm': readExample('abc-co-hpt.wpcm') });
        const analysis = analyzeGap((file!.document.parseResult.value as Document).elements.find(isGap)!);
        expect(analysis.grid).toEqual({
            organization: { information: 'none', resources: 'addressed', incentives: 'addressed', knowledge: 'none', capacity: 'none', motives: 'none' },
            process: { information: 'addressed', resources: 'none', incentives: 'none', knowledge: 'none', capacity: 'none', motives: 'none' },
            performer: { information: 'none', resources: 'none', incentives: 'none', knowledge: 'none', capacity: 'none', motives: 'addressed' }
        });
        expect(analysis.interventions.filter(i => i.misfit).map(i => i.intervention.kind)).toEqual(['training']);
        expect(analysis.performances[0]!.size).toBe(35);
        expect(analysis.evaluation.map(k => k.name)).toEqual(['Forecast', 'PipelineCurrent', 'FinancialReviews']);
    });

    it('a cell is open when one of its causes has no fitting intervention', async () => {
        const gap = await gapOf(`${MODEL}gap G "g" { cause process "a" as resources cause process "b" as resources intervention tooling "t" addresses process cause organization "c" as incentives intervention structure "s" }\n`);
        const analysis = analyzeGap(gap);
        expect(analysis.grid.process.resources).toBe('addressed');
        expect(analysis.grid.organization.incentives).toBe('open');
    });
});

describe('the analysis of a gap node is reused only while its KPIs are the same', () => {
    it('sees a new target after the KPI file is edited', async () => {
        const { URI } = await import('langium');
        const { addFiles, lspServices } = await import('../lsp/support.js');
        const services = lspServices();
        const kpiFile = (target: string) => `persona P { motion M "Do it" { goal "g" kpi K "k" { target >= ${target} % } } }\n`;
        const { 'gap.wpcm': gapDocument } = await addFiles(services, { 'kpi.wpcm': kpiFile('80'), 'gap.wpcm': 'gap G "g" { affects P performance K is 45 % }\n' });
        const gap = (gapDocument!.parseResult.value as Document).elements.find(isGap)!;
        expect(analyzeGap(gap).performances[0]!.size).toBe(35);
        expect(analyzeGap(gap)).toBe(analyzeGap(gap));
        const shared = services.shared.workspace;
        const uri = URI.parse('file:///ws/kpi.wpcm');
        // What the builder does when another file changes: the edited file is new, this one is relinked in place.
        shared.LangiumDocuments.deleteDocument(uri);
        shared.IndexManager.remove(uri);
        const edited = shared.LangiumDocumentFactory.fromString(kpiFile('90'), uri);
        shared.LangiumDocuments.addDocument(edited);
        await shared.DocumentBuilder.build([edited]);
        services.references.Linker.unlink(gapDocument!);
        await services.references.Linker.link(gapDocument!);
        expect((gapDocument!.parseResult.value as Document).elements.find(isGap)).toBe(gap);
        expect(analyzeGap(gap).performances[0]!.size).toBe(45);
    });
});

describe('the evaluation plan', () => {
    it('names a KPI once however often `evaluated by` repeats it', async () => {
        // Dogfood: `evaluated by Qualified, Qualified` put the KPI twice in the report's evaluation plan.
        const gap = await gapOf(`${MODEL}gap G "g" { affects Qualify performance Qualified is 3 leads evaluated by Qualified, Qualified }\n`);
        expect(analyzeGap(gap).evaluation.map(k => k.name)).toEqual(['Qualified']);
    });
});
