/** examples/direct-seller.actuals.csv shows what a coaching report is for (the README's excerpt comes from it). */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the Direct Seller actuals example', async () => {
    const run = await runCli(['coach', 'examples/direct-seller.wpcm', '--actuals', 'examples/direct-seller.actuals.csv', '--format', 'json', '--stdout'], ROOT);
    const report = JSON.parse(run.stdout);
    const persona = report.personas[0];
    const seller = (id: string) => persona.sellers.find((s: { id: string }) => s.id === id);

    it('is one month of clean data for ten sellers in three teams', () => {
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(report.window).toEqual({ from: '2026-03-02', to: '2026-03-31', workingDays: 22 });
        expect(report.rows).toEqual({ read: 732, used: 732, outsideWindow: 0, skipped: 0, unknownKpi: 0 });
        expect(persona.teams.map((t: { id: string; sellers: number }) => `${t.id}:${t.sellers}`)).toEqual(['Central:2', 'East:4', 'West:4']);
    });

    it('has a seller whose weakest motion is Close, sent to the objections module, its coach and the best closers', () => {
        const blake = seller('blake');
        expect(blake.weakestMotion).toBe('Close');
        const winRate = blake.kpis.find((k: { id: string }) => k.id === 'WinRate');
        // 4 won of 8 closed: 50 % of a 75 % target.
        expect(winRate).toMatchObject({ actual: 50, status: 'red', rows: 8 });
        expect(winRate.attainment).toBeCloseTo(200 / 3, 12);
        expect(blake.recommendations).toEqual([{ motion: 'Close', competency: 'HandleObjections', coaches: ['Dana'], peers: ['harper', 'kai', 'alex'] }]);
    });

    it('has a team with a systemic Win rate miss, and an enablement gap for Prospect', () => {
        expect(persona.systemicMisses.map((m: { team: string; kpi: string; belowTarget: number; sellers: number }) => [m.team, m.kpi, m.belowTarget, m.sellers]))
            .toEqual([['East', 'WinRate', 3, 4]]);
        expect(seller('casey').recommendations).toEqual([{ motion: 'Prospect', competency: null, coaches: [], peers: ['kai', 'harper', 'finley'] }]);
    });
});
