/**
 * Every number of the coaching report, computed by hand for a small team.
 * Window 2026-03-02 (Mon) .. 2026-03-13 (Fri): 10 working days, 2 weeks.
 * Targets: Calls >= 10/day, Meetings >= 5/week, Opens >= 2 per Lead,
 * WinRate >= 50 %, Cycle <= 30 days, Discount between 5 % and 10 %.
 */
import { describe, expect, it } from 'vitest';
import { coach, kpiOf, MODEL, motionOf, sellerOf } from './support.js';

const CSV = `date,seller,team,kpi,value,numerator,denominator
2026-03-02,ann,A,Calls,50,,
2026-03-09,ann,A,Calls,70,,
2026-03-03,ann,A,Meetings,8,,
2026-03-04,ann,A,Opens,,3,2
2026-03-11,ann,A,Opens,,5,2
2026-03-05,ann,A,WinRate,,1,1
2026-03-06,ann,A,WinRate,,0,1
2026-03-10,ann,A,WinRate,,1,1
2026-03-12,ann,A,WinRate,,0,1
2026-03-05,ann,A,Cycle,20,,
2026-03-12,ann,A,Cycle,40,,
2026-03-12,ann,A,Discount,12,,
2026-03-02,bob,A,Calls,100,,
2026-03-03,bob,A,Meetings,10,,
2026-03-04,bob,A,Opens,1.5,,
2026-03-05,bob,A,Opens,2.5,,
2026-03-05,bob,A,WinRate,60,,
2026-03-06,bob,A,WinRate,80,,
2026-03-06,bob,A,Cycle,15,,
2026-03-06,bob,A,Discount,7,,
2026-03-02,cat,B,Calls,80,,
2026-03-04,cat,B,WinRate,,1,4
2026-03-04,cat,B,Cycle,60,,
2026-03-04,cat,B,Discount,5,,
2026-03-02,dan,B,Calls,80,,
2026-03-03,dan,B,Meetings,10,,
2026-03-04,dan,B,Opens,,2,2
2026-03-05,dan,B,WinRate,,1,2
2026-03-05,dan,B,Cycle,30,,
2026-03-05,dan,B,Discount,10,,
2026-03-02,eve,B,Calls,60,,
2026-03-03,eve,B,Meetings,6,,
2026-03-04,eve,B,Opens,,6,5
2026-03-05,eve,B,WinRate,,3,4
2026-03-16,eve,B,Calls,500,,
2026-03-05,eve,B,Emails,40,,
`;

const WINDOW = { from: '2026-03-02', to: '2026-03-13' };

describe('coaching numbers', async () => {
    const { report } = await coach(MODEL, CSV, WINDOW);

    it('states the window and what happened to every row', () => {
        expect(report.window).toEqual({ from: '2026-03-02', to: '2026-03-13', workingDays: 10 });
        expect(report.rows).toEqual({ read: 36, used: 34, outsideWindow: 1, skipped: 0, unknownKpi: 1 });
        expect(report.warnings).toEqual(['1 row names a KPI the model does not declare, not counted: Emails (1)']);
    });

    it('divides a per-day count by the working days and a per-week count by working days / 5', () => {
        // ann: (50 + 70) / 10 = 12 calls per day -> 120 %; 8 meetings / (10 / 5) = 4 per week -> 80 %.
        expect(kpiOf(report, 'ann', 'Calls')).toMatchObject({ actual: 12, attainment: 120, status: 'green', rows: 2 });
        expect(kpiOf(report, 'ann', 'Meetings')).toMatchObject({ actual: 4, attainment: 80, status: 'amber' });
        expect(kpiOf(report, 'eve', 'Calls')).toMatchObject({ actual: 6, attainment: 60, status: 'red' });
    });

    it('uses numerators over denominators when rows carry them, else the mean of values', () => {
        // ann: (3 + 5) / (2 + 2) = 2 opens per lead; bob: mean(1.5, 2.5) = 2.
        expect(kpiOf(report, 'ann', 'Opens')).toMatchObject({ actual: 2, attainment: 100 });
        expect(kpiOf(report, 'bob', 'Opens')).toMatchObject({ actual: 2, attainment: 100 });
        // ann: 2 won of 4 closed = 50 % -> 100 %; bob: mean(60, 80) = 70 % -> 140 %; cat 1 / 4 = 25 % -> 50 %.
        expect(kpiOf(report, 'ann', 'WinRate')).toMatchObject({ actual: 50, attainment: 100 });
        expect(kpiOf(report, 'bob', 'WinRate')).toMatchObject({ actual: 70, attainment: 140 });
        expect(kpiOf(report, 'cat', 'WinRate')).toMatchObject({ actual: 25, attainment: 50, status: 'red' });
        expect(kpiOf(report, 'eve', 'Opens').actual).toBeCloseTo(1.2, 12);
        expect(kpiOf(report, 'eve', 'Opens').attainment).toBeCloseTo(60, 12);
    });

    it('applies at-most and band targets', () => {
        // Cycle <= 30: mean(20, 40) = 30 -> 100 %; 15 -> 200 %; 60 -> 50 %.
        expect(kpiOf(report, 'ann', 'Cycle')).toMatchObject({ actual: 30, attainment: 100 });
        expect(kpiOf(report, 'bob', 'Cycle')).toMatchObject({ actual: 15, attainment: 200 });
        expect(kpiOf(report, 'cat', 'Cycle')).toMatchObject({ actual: 60, attainment: 50 });
        // Discount between 5 % and 10 %, both ends included: 12 -> 0; 7, 5, 10 -> 100.
        expect(kpiOf(report, 'ann', 'Discount')).toMatchObject({ actual: 12, attainment: 0, status: 'red' });
        expect(kpiOf(report, 'cat', 'Discount')).toMatchObject({ actual: 5, attainment: 100 });
        expect(kpiOf(report, 'dan', 'Discount')).toMatchObject({ actual: 10, attainment: 100 });
    });

    it('reports a KPI without data as null, not zero, and leaves it out of the medians', () => {
        expect(kpiOf(report, 'cat', 'Meetings')).toEqual({
            id: 'Meetings', motion: 'Prospect', actual: null, attainment: null, status: null, rows: 0,
            // Team B: dan 5, eve 3 per week -> median 4; company: 4, 5, 5, 3 -> 4.5.
            team: { median: 4, medianAttainment: 80, percentile: null, sellers: 2 },
            company: { median: 4.5, medianAttainment: 90, percentile: null, sellers: 4 }
        });
        // cat has no Opens at all: Present has no attainment.
        expect(motionOf(report, 'cat', 'Present').attainment).toBeNull();
    });

    it('compares with the team and the company: medians and mid-rank percentiles', () => {
        // Calls attainment: ann 120, bob 100, cat 80, dan 80, eve 60.
        const ann = kpiOf(report, 'ann', 'Calls');
        expect(ann.company).toEqual({ median: 8, medianAttainment: 80, percentile: 90, sellers: 5 });
        // Team A of two: ann 12 and bob 10 -> median 11; the better ranks 75.
        expect(ann.team).toEqual({ median: 11, medianAttainment: 110, percentile: 75, sellers: 2 });
        expect(kpiOf(report, 'bob', 'Calls').team.percentile).toBe(25);
        // cat and dan tie at 80: below 1 (eve), equal 2 -> (1 + 1) / 5 = 40.
        expect(kpiOf(report, 'cat', 'Calls').company.percentile).toBe(40);
        expect(kpiOf(report, 'dan', 'Calls').company.percentile).toBe(40);
        expect(kpiOf(report, 'eve', 'Calls').company.percentile).toBe(10);
        // Team B: 8, 8, 6 -> median 8; cat: below 1, equal 2 of 3.
        expect(kpiOf(report, 'cat', 'Calls').team).toMatchObject({ median: 8, medianAttainment: 80, sellers: 3 });
        expect(kpiOf(report, 'cat', 'Calls').team.percentile).toBeCloseTo(200 / 3, 12);
    });

    it('averages KPI attainment per motion and picks the weakest below 100 %', () => {
        // ann: Prospect (120 + 80) / 2 = 100 (not below 100), Present 100, Close (100 + 100 + 0) / 3.
        expect(motionOf(report, 'ann', 'Prospect').attainment).toBe(100);
        expect(motionOf(report, 'ann', 'Close').attainment).toBeCloseTo(200 / 3, 12);
        expect(sellerOf(report, 'ann').weakestMotion).toBe('Close');
        // bob is at 100 % or more everywhere: Close (140 + 200 + 100) / 3.
        expect(motionOf(report, 'bob', 'Close').attainment).toBeCloseTo(440 / 3, 12);
        expect(sellerOf(report, 'bob').weakestMotion).toBeNull();
        expect(sellerOf(report, 'bob').recommendations).toEqual([]);
        // dan: Prospect (80 + 100) / 2 = 90, Present 50, Close 100 -> Present.
        expect(sellerOf(report, 'dan').weakestMotion).toBe('Present');
        // eve: Prospect (60 + 60) / 2 = 60 and Present 60 tie -> the earlier motion, Prospect.
        expect(motionOf(report, 'eve', 'Prospect').attainment).toBeCloseTo(60, 12);
        expect(motionOf(report, 'eve', 'Present').attainment).toBeCloseTo(60, 12);
        expect(sellerOf(report, 'eve').weakestMotion).toBe('Prospect');
    });

    it('shows team and company motion attainment for the chart', () => {
        // Close: ann 66.7, bob 146.7, cat 66.7, dan 100, eve 150 -> company median 100; team A (66.7 + 146.7) / 2.
        expect(motionOf(report, 'ann', 'Close').company).toBe(100);
        expect(motionOf(report, 'ann', 'Close').team).toBeCloseTo((200 / 3 + 440 / 3) / 2, 12);
    });

    it('recommends the supporting competency, its coaches and the best peers on the motion', () => {
        // Close >= 100 %: eve 150, bob 146.7, dan 100, best first.
        expect(sellerOf(report, 'ann').recommendations).toEqual([
            { motion: 'Close', competency: 'Objections', coaches: ['Pat', 'Sam'], peers: ['eve', 'bob', 'dan'] }
        ]);
        // Present has no competency: an enablement gap; peers at >= 100 % on Present: ann 100, bob 100 (ties by id).
        expect(sellerOf(report, 'dan').recommendations).toEqual([
            { motion: 'Present', competency: null, coaches: [], peers: ['ann', 'bob'] }
        ]);
    });

    it('flags a team KPI as systemic when at least half of its sellers, and at least 3, miss it', () => {
        const persona = report.personas[0]!;
        const b = persona.teams.find(t => t.id === 'B')!;
        expect(b.sellers).toBe(3);
        // Calls: cat 80, dan 80, eve 60, all below.
        expect(b.kpis.find(k => k.id === 'Calls')).toEqual({ id: 'Calls', median: 8, medianAttainment: 80, belowTarget: 3, sellers: 3, systemic: true });
        // WinRate: cat 50 below; dan 100, eve 150 -> not systemic.
        expect(b.kpis.find(k => k.id === 'WinRate')).toMatchObject({ belowTarget: 1, sellers: 3, systemic: false });
        // A team of two can never be systemic: ann is below on Meetings, but 1 < 3.
        const a = persona.teams.find(t => t.id === 'A')!;
        expect(a.kpis.find(k => k.id === 'Meetings')).toMatchObject({ belowTarget: 1, sellers: 2, systemic: false });
        expect(persona.systemicMisses.map(m => [m.team, m.kpi, m.motion])).toEqual([['B', 'Calls', 'Prospect']]);
        expect(persona.systemicMisses[0]!.gap).toBe([
            'gap BCallsGap "Calls below target across team B" {',
            '    affects Prospect',
            '    performance Calls is 8 calls',
            '    cause process "TODO: why 3 of 3 sellers in B miss the target (process, organization or performer?)"',
            '    evaluated by Calls',
            '}'
        ].join('\n'));
    });
});

describe('coaching windows and edge cases', () => {
    it('defaults the window to the first and last day of the data', async () => {
        const { report } = await coach(MODEL, `date,seller,team,kpi,value
2026-03-03,ann,A,Calls,30
2026-03-05,ann,A,Calls,30`);
        // Tue 3 .. Thu 5: 3 working days -> 60 / 3 = 20 per day.
        expect(report.window).toEqual({ from: '2026-03-03', to: '2026-03-05', workingDays: 3 });
        expect(kpiOf(report, 'ann', 'Calls').actual).toBe(20);
    });

    it('counts Saturdays when coaching.workingDays says so', async () => {
        const { report } = await coach(MODEL, `date,seller,team,kpi,value
2026-03-02,ann,A,Calls,120
2026-03-02,ann,A,Meetings,12`, { ...WINDOW, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
        // 10 weekdays + Saturday 7 = 11 working days (a Sunday is never counted); per week = 11 / 6 weeks.
        expect(report.window.workingDays).toBe(11);
        expect(kpiOf(report, 'ann', 'Calls').actual).toBeCloseTo(120 / 11, 12);
        expect(kpiOf(report, 'ann', 'Meetings').actual).toBeCloseTo(12 / (11 / 6), 12);
    });

    it('gives no actual when the denominators sum to zero, and uses only the rows that carry a ratio', async () => {
        const { report } = await coach(MODEL, `date,seller,team,kpi,value,numerator,denominator
2026-03-02,ann,A,WinRate,,0,0
2026-03-02,bob,A,WinRate,90,,
2026-03-03,bob,A,WinRate,,1,2`);
        expect(kpiOf(report, 'ann', 'WinRate')).toMatchObject({ actual: null, attainment: null, rows: 1 });
        expect(kpiOf(report, 'bob', 'WinRate')).toMatchObject({ actual: 50, attainment: 100 });
    });

    it('treats an actual of 0 against an at-most target as attained', async () => {
        const { report } = await coach(MODEL, `date,seller,team,kpi,value
2026-03-02,ann,A,Cycle,0`);
        expect(kpiOf(report, 'ann', 'Cycle')).toMatchObject({ actual: 0, attainment: 100, status: 'green' });
    });

    it('gives every seller its latest team in the window', async () => {
        const { report } = await coach(MODEL, `date,seller,team,kpi,value
2026-03-02,ann,A,Calls,10
2026-03-04,ann,B,Calls,10
2026-03-03,ann,C,Calls,10`);
        expect(sellerOf(report, 'ann').team).toBe('B');
    });
});
