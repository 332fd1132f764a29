/** Target wording: the unit agrees with its number ("3 Meetings", "1 Opportunity"). */
import { describe, expect, it } from 'vitest';
import type { TargetValue } from '../../language/src/model/targets.js';
import { describeTarget } from '../../language/src/model/targets.js';
import { unitFor } from '../../language/src/text/units.js';
import type { Gap } from '../../language/src/generated/ast.js';
import { describeCurrent, describeGapSize } from '../../language/src/model/gaps.js';
import { targetValue } from '../../language/src/model/targets.js';
import { buildWorkspace } from '../support/workspace.js';

const count = (value: number, unit: string, extra: Partial<TargetValue> = {}): string =>
    describeTarget({ comparison: '>=', value, kind: 'count', unit, ...extra });

describe('target wording', () => {
    it('pluralises a term or unit after a number other than 1', () => {
        expect(count(3, 'Meeting', { period: 'day' })).toBe('at least 3 Meetings per day');
        expect(count(2, 'Opportunity', { period: 'week' })).toBe('at least 2 Opportunities per week');
        expect(count(0.5, 'call')).toBe('at least 0.5 calls');
        expect(count(60, 'touches', { period: 'day' })).toBe('at least 60 touches per day');
    });

    it('keeps 1 singular, and makes a plural written after 1 singular', () => {
        expect(count(1, 'Opportunity', { period: 'day' })).toBe('at least 1 Opportunity per day');
        expect(count(1, 'touches')).toBe('at least 1 touch');
        expect(describeTarget({ comparison: '<=', value: 1, kind: 'duration', unit: 'days' })).toBe('at most 1 day');
        expect(describeTarget({ comparison: '<=', value: 90, kind: 'duration', unit: 'day' })).toBe('at most 90 days');
    });

    it('agrees with the upper bound of a range, and leaves the per term singular', () => {
        expect(describeTarget({ comparison: 'between', value: 1, upper: 3, kind: 'count', unit: 'Meeting', perTerm: 'Lead' }))
            .toBe('between 1 and 3 Meetings per Lead');
    });

    it('leaves acronyms and uncountable units alone', () => {
        expect(unitFor(3, 'NPS')).toBe('NPS');
        expect(unitFor(2, 'revenue')).toBe('revenue');
        expect(unitFor(2, 'business-day')).toBe('business-days');
        expect(unitFor(1, 'business-days')).toBe('business-day');
    });
    it('writes a multiple against its number and never inflects it ("at least 3 xes" before)', async () => {
        expect(count(3, 'x')).toBe('at least 3x');
        expect(count(1, 'X')).toBe('at least 1x');
        expect(describeTarget({ comparison: 'between', value: 1.5, upper: 2, kind: 'count', unit: 'x' })).toBe('between 1.5 and 2x');
        const { [ 'm.wpcm' ]: file } = await buildWorkspace({ 'm.wpcm': `system Clari "Clari"
persona P "P" { motion M "Build pipeline" { kpi Coverage "Pipeline coverage" { target >= 3x measured in Clari } } }
gap G "Thin pipeline" { affects P performance Coverage is 2.2x }` });
        const gap = file!.document.parseResult.value.elements.find(e => e.$type === 'Gap') as Gap;
        const kpi = gap.performances[0]!.kpi.ref!;
        expect(describeCurrent(gap.performances[0]!)).toBe('2.2x');
        expect(describeGapSize(0.8, targetValue(kpi.target)!)).toBe('0.8x');
        expect(describeTarget(targetValue(kpi.target)!)).toBe('at least 3x');
    });
});
