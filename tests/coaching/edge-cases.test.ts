/** Cases the differential test of wpcm coach against SQL found (tests/sql/differential.ts), with hand-computed numbers. */
import { describe, expect, it } from 'vitest';
import { codePointAfter } from '../../language/src/coaching/aggregate.js';
import { workingWeek } from '../../language/src/coaching/calendar.js';
import { TRIMMED_CHARACTERS } from '../../language/src/coaching/canonical.js';
import { namesResolver } from '../../language/src/coaching/kpi-names.js';
import { coach, kpiOf, MODEL, sellerOf } from './support.js';

describe('coaching edge cases', () => {
    it('counts a working day named twice once: a week of two days, not three', async () => {
        expect(workingWeek(['mon', 'tue', 'mon'])).toEqual(['mon', 'tue']);
        expect(workingWeek(['sat', 'fri', 'sun'])).toEqual(['sun', 'fri', 'sat']);
        // 10 + 10 meetings; Mon 2, Tue 3, Mon 9 March are 3 working days, 1.5 weeks of 2: 13.33 a week, 266.67 % of 5.
        const { report } = await coach(MODEL, 'date,seller,team,kpi,value\n2026-03-02,ann,A,Meetings,10\n2026-03-09,ann,A,Meetings,10', { workingDays: ['mon', 'tue', 'mon'] });
        expect(report.window.workingDays).toBe(3);
        expect(kpiOf(report, 'ann', 'Meetings').actual).toBe(20 / 1.5);
        expect(kpiOf(report, 'ann', 'Meetings').attainment).toBe(20 / 1.5 / 5 * 100);
    });

    it('breaks a same-day team tie by code points: an emoji after U+FF21', async () => {
        expect(codePointAfter('\u{1f600}', '\uff21')).toBe(true);
        expect(codePointAfter('\uff21', '\u{1f600}')).toBe(false);
        expect(['b' > 'C', codePointAfter('b', 'C'), codePointAfter('ab', 'a'), codePointAfter('a', 'ab')]).toEqual([true, true, true, false]);
        const { report } = await coach(MODEL, 'date,seller,team,kpi,value\n2026-03-02,ann,\uff21,Calls,10\n2026-03-02,ann,\u{1f600},Calls,10');
        expect(sellerOf(report, 'ann').team).toBe('\u{1f600}');
    });

    it('trims exactly what String.prototype.trim trims, the list the generated SQL trims', () => {
        const trimmed: number[] = [];
        for (let c = 0; c < 0x10000; c++) if (`${String.fromCharCode(c)}x`.trim() === 'x') trimmed.push(c);
        expect([...TRIMMED_CHARACTERS]).toEqual(trimmed);
    });

    it('refuses a persona name or title that fits two personas declaring the KPI, never taking the first', () => {
        const resolver = namesResolver([
            { kpi: 'Calls', persona: 'DirectSeller', personaTitle: 'Direct Seller EMEA', index: 0 },
            { kpi: 'Calls', persona: 'DirectSeller', personaTitle: 'Direct Seller US', index: 1 },
            { kpi: 'Demos', persona: 'Hunter', personaTitle: 'Seller', index: 2 },
            { kpi: 'Demos', persona: 'Farmer', personaTitle: 'Seller', index: 3 }
        ]);
        expect(resolver.resolve('Calls', 'DirectSeller')).toBe('ambiguous');
        expect((resolver.resolve('Calls', 'Direct Seller US') as { index: number }).index).toBe(1);
        expect(resolver.resolve('Demos', 'Seller')).toBe('ambiguous');
        expect((resolver.resolve('Demos', 'Farmer') as { index: number }).index).toBe(3);
        expect(resolver.resolve('Demos', 'Nobody')).toBe('unknown');
        expect(resolver.resolve('Demos', undefined)).toBe('ambiguous');
    });
});
