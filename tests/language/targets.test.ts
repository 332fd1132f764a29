/** Target syntax (README, Targets) and what each target means as data and in words. */
import { describe, expect, it } from 'vitest';
import type { Document, Kpi, Motion, Persona } from '../../language/src/generated/ast.js';
import { describeTarget, targetValue } from '../../language/src/model/targets.js';
import { buildWorkspace } from '../support/workspace.js';

async function kpiWithTarget(target: string): Promise<{ kpi: Kpi; errors: string[] }> {
    const text = `term Lead "A contact with interest."\nsystem CRM\npersona P {\n  motion M "Close the deal" {\n    goal "g"\n    kpi K "k" {\n      target ${target}\n      measured in CRM\n    }\n  }\n}\n`;
    const { 'test.wpcm': file } = await buildWorkspace({ 'test.wpcm': text });
    const document = file!.document;
    const persona = (document.parseResult.value as Document).elements[2] as Persona;
    const errors = [...document.parseResult.lexerErrors.map(e => e.message), ...document.parseResult.parserErrors.map(e => e.message)];
    return { kpi: (persona.members[0] as Motion).kpis[0]!, errors };
}

describe('numeric targets', () => {
    it.each([
        ['>= 60 touches per day', { comparison: '>=', value: 60, kind: 'count', unit: 'touches', period: 'day' }, 'at least 60 touches per day'],
        ['>= 75 %', { comparison: '>=', value: 75, kind: 'percent', unit: '%' }, 'at least 75 %'],
        ['>= 75%', { comparison: '>=', value: 75, kind: 'percent', unit: '%' }, 'at least 75 %'],
        ['<= 90 days', { comparison: '<=', value: 90, kind: 'duration', unit: 'days' }, 'at most 90 days'],
        ['>= 1 Opportunity per day', { comparison: '>=', value: 1, kind: 'count', unit: 'Opportunity', period: 'day' }, 'at least 1 Opportunity per day'],
        ['>= 1 open per Lead', { comparison: '>=', value: 1, kind: 'count', unit: 'open', perTerm: 'Lead' }, 'at least 1 open per Lead'],
        ['= 5 calls per week', { comparison: '=', value: 5, kind: 'count', unit: 'calls', period: 'week' }, 'exactly 5 calls per week'],
        ['> 2 meetings per month', { comparison: '>', value: 2, kind: 'count', unit: 'meetings', period: 'month' }, 'more than 2 meetings per month'],
        ['< 3 escalations per quarter', { comparison: '<', value: 3, kind: 'count', unit: 'escalations', period: 'quarter' }, 'less than 3 escalations per quarter'],
        ['>= $10k per month', { comparison: '>=', value: 10_000, kind: 'currency', currency: '$', period: 'month' }, 'at least $10,000 per month'],
        ['>= $1.5M per year', { comparison: '>=', value: 1_500_000, kind: 'currency', currency: '$', period: 'year' }, 'at least $1,500,000 per year'],
        ['>= 1,200 dials per quarter', { comparison: '>=', value: 1200, kind: 'count', unit: 'dials', period: 'quarter' }, 'at least 1,200 dials per quarter'],
        ['between 20 and 30 %', { comparison: 'between', value: 20, upper: 30, kind: 'percent', unit: '%' }, 'between 20 % and 30 %'],
        ['between 2 and 4 weeks', { comparison: 'between', value: 2, upper: 4, kind: 'duration', unit: 'weeks' }, 'between 2 and 4 weeks'],
        ['≥ 4.5 stars', { comparison: '>=', value: 4.5, kind: 'count', unit: 'stars' }, 'at least 4.5 stars'],
        ['>= 2 day', { comparison: '>=', value: 2, kind: 'duration', unit: 'day' }, 'at least 2 days']
    ])('%s', async (source, expected, words) => {
        const { kpi, errors } = await kpiWithTarget(source);
        expect(errors).toEqual([]);
        const value = targetValue(kpi.target);
        expect(value).toEqual(expected);
        expect(describeTarget(value!)).toBe(words);
    });

    it('parses a quoted target but gives it no numeric value', async () => {
        const { kpi, errors } = await kpiWithTarget('"above average"');
        expect(errors).toEqual([]);
        expect(kpi.target?.$type).toBe('TextTarget');
        expect(targetValue(kpi.target)).toBeUndefined();
    });

    it('rejects a comparator without a number', async () => {
        const { errors } = await kpiWithTarget('>= per day');
        expect(errors.length).toBeGreaterThan(0);
    });
});
