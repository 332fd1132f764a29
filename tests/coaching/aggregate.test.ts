/**
 * The aggregator remembers which seller followed which to skip map lookups:
 * rows in a repeating order, then in another order, then a seller twice in
 * a row must still add up per seller. Window 2026-03-02 (Mon) .. 03-05 (Thu):
 * 4 working days; Calls is a rate per day, so its actual is the sum / 4.
 */
import { describe, expect, it } from 'vitest';
import { coach, kpiOf, MODEL, sellerOf } from './support.js';

const CSV = `date,seller,team,kpi,value
2026-03-02,ann,A,Calls,10
2026-03-02,bob,A,Calls,1
2026-03-02,cat,A,Calls,100
2026-03-03,ann,A,Calls,20
2026-03-03,bob,A,Calls,2
2026-03-03,cat,A,Calls,200
2026-03-04,cat,A,Calls,300
2026-03-04,ann,A,Calls,30
2026-03-04,bob,A,Calls,3
2026-03-05,ann,A,Calls,40
2026-03-05,ann,A,Calls,50
2026-03-05,bob,B,Calls,4`;

describe('aggregation per seller', () => {
    it('adds each row to its own seller whatever the order of the rows', async () => {
        const { report } = await coach(MODEL, CSV);
        expect(report.window).toEqual({ from: '2026-03-02', to: '2026-03-05', workingDays: 4 });
        expect(kpiOf(report, 'ann', 'Calls')).toMatchObject({ actual: 37.5, rows: 5 });
        expect(kpiOf(report, 'bob', 'Calls')).toMatchObject({ actual: 2.5, rows: 4 });
        expect(kpiOf(report, 'cat', 'Calls')).toMatchObject({ actual: 150, rows: 3 });
    });

    it('keeps the team of the latest row', async () => {
        const { report } = await coach(MODEL, CSV);
        expect(sellerOf(report, 'ann').team).toBe('A');
        expect(sellerOf(report, 'bob').team).toBe('B');
        expect(report.personas[0]!.teams.map(t => [t.id, t.sellers])).toEqual([['A', 2], ['B', 1]]);
    });

    it('tells apart KPI names of the same length, and counts a near miss as unknown', async () => {
        // Calls, Opens and Cycle all have five letters; Callz and calls are not declared (names are case-sensitive).
        const csv = `date,seller,team,kpi,value
2026-03-02,ann,A,Calls,12
2026-03-02,ann,A,Opens,3
2026-03-02,ann,A,Cycle,20
2026-03-02,ann,A,Callz,99
2026-03-02,ann,A,calls,99`;
        const { report } = await coach(MODEL, csv);
        expect(report.rows).toEqual({ read: 5, used: 3, outsideWindow: 0, skipped: 0, unknownKpi: 2 });
        expect(kpiOf(report, 'ann', 'Calls')).toMatchObject({ actual: 12, rows: 1 });
        expect(kpiOf(report, 'ann', 'Opens')).toMatchObject({ actual: 3, rows: 1 });
        expect(kpiOf(report, 'ann', 'Cycle')).toMatchObject({ actual: 20, rows: 1 });
        expect(report.warnings).toEqual(['2 rows name a KPI the model does not declare, not counted: Callz (1), calls (1)']);
    });
});
