/**
 * The report's schema check (run before every JSON report is written): it
 * checks sellers one at a time, so these make sure that still finds a bad
 * value deep in any seller, names its full path, and returns the report.
 */
import { describe, expect, it } from 'vitest';
import type { SellerReport } from '../../language/src/coaching/report-schema.js';
import { validateCoachingReport } from '../../language/src/coaching/report-schema.js';
import { coach, MODEL } from './support.js';

const CSV = `date,seller,team,kpi,value,numerator,denominator
2026-03-02,ann,A,Calls,50,,
2026-03-02,bob,A,Calls,100,,
2026-03-03,bob,A,Meetings,10,,`;

describe('validateCoachingReport', () => {
    it('returns a conforming report itself', async () => {
        const { report } = await coach(MODEL, CSV);
        expect(validateCoachingReport(report)).toBe(report);
    });

    it('names the path of a non-finite actual of the second seller', async () => {
        const { report } = await coach(MODEL, CSV);
        const bob = report.personas[0]!.sellers[1]!;
        expect(bob.id).toBe('bob');
        bob.kpis[1]!.actual = Number.NaN;
        expect(() => validateCoachingReport(report)).toThrow(/at personas\.0\.sellers\.1\.kpis\.1\.actual: /);
    });

    it('refuses an unknown key in a seller and in a team', async () => {
        const { report } = await coach(MODEL, CSV);
        const seller = { ...report.personas[0]!.sellers[0]!, extra: 1 };
        const withSeller = { ...report, personas: [{ ...report.personas[0]!, sellers: [seller] }] };
        expect(() => validateCoachingReport(withSeller)).toThrow(/at personas\.0\.sellers\.0: Unrecognized key: "extra"/);
        const team = { ...report.personas[0]!.teams[0]!, extra: 1 };
        const withTeam = { ...report, personas: [{ ...report.personas[0]!, teams: [team] }] };
        expect(() => validateCoachingReport(withTeam)).toThrow(/at personas\.0\.teams\.0: Unrecognized key: "extra"/);
    });

    // Sellers are checked by zod's compiled parser (z.compile) and validate(): what either refuses
    // must still be refused, with the issue the runtime parser names.
    it('refuses a bad status, a fractional row count, a missing team and a stray key deep in a seller', async () => {
        const { report } = await coach(MODEL, CSV);
        const cases: Array<[(seller: SellerReport) => void, RegExp]> = [
            [s => { (s.kpis[0] as { status: unknown }).status = 'purple'; }, /at personas\.0\.sellers\.0\.kpis\.0\.status: Invalid option: expected one of "red"\|"amber"\|"green"/],
            [s => { s.kpis[0]!.rows = 1.5; }, /at personas\.0\.sellers\.0\.kpis\.0\.rows: Invalid input: expected int, received number/],
            [s => { delete (s as { team?: string }).team; }, /at personas\.0\.sellers\.0\.team: Invalid input: expected string, received undefined/],
            [s => { (s.kpis[1]!.company as Record<string, unknown>).extra = 1; }, /at personas\.0\.sellers\.0\.kpis\.1\.company: Unrecognized key: "extra"/]
        ];
        for (const [spoil, message] of cases) {
            const copy = structuredClone(report);
            spoil(copy.personas[0]!.sellers[0]!);
            expect(() => validateCoachingReport(copy)).toThrow(message);
        }
        // And the report itself still passes after those copies were refused.
        expect(validateCoachingReport(report)).toBe(report);
    });

    it('checks the shape even when personas or sellers are not arrays', () => {
        expect(() => validateCoachingReport({ formatVersion: 1 })).toThrow(/does not conform to its schema at /);
        expect(() => validateCoachingReport(null)).toThrow(/does not conform to its schema at /);
    });
});
