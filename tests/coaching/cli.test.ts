/** `wpcm coach` as users run it: formats, files, bad data, warnings, exit codes. */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../support/cli.js';
import { MODEL } from './support.js';

function workspace(csv: string, model = MODEL): string {
    const dir = tempFolder('wpcm-coach-');
    writeFileSync(join(dir, 'model.wpcm'), model);
    writeFileSync(join(dir, 'actuals.csv'), csv);
    return dir;
}

const GOOD = `date,seller,team,kpi,value,numerator,denominator
2026-03-02,ann,A,Calls,50,,
2026-03-13,ann,A,WinRate,,1,4
2026-03-02,bob,A,Calls,120,,
2026-03-13,bob,A,WinRate,,3,4
`;

describe('wpcm coach', () => {
    it('prints the JSON report with --format json --stdout', async () => {
        const dir = workspace(GOOD);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout'], dir);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.$schema).toBe('./coaching.schema.json');
        expect(report.window).toEqual({ from: '2026-03-02', to: '2026-03-13', workingDays: 10 });
        const ann = report.personas[0].sellers[0];
        expect(ann.id).toBe('ann');
        // 50 / 10 = 5 calls per day -> 50 %; 1 / 4 = 25 % -> 50 % of 50 %.
        expect(ann.kpis.find((k: { id: string }) => k.id === 'Calls')).toMatchObject({ actual: 5, attainment: 50, status: 'red' });
        expect(ann.weakestMotion).toBe('Prospect');
    });

    it('stops at bad data with file:line:column and exit 2', async () => {
        const dir = workspace(`date,seller,team,kpi,value\n2026-03-02,ann,A,Calls,50\n2026-03-03,ann,A,Calls,lots\n`);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout'], dir);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("wpcm: actuals.csv:3:24: value 'lots' is not a number (use --skip-invalid to skip bad rows)\n");
    });

    it('refuses actuals that are not UTF-8 (Excel\'s plain "CSV"), at the first such character, with exit 2, even with --skip-invalid', async () => {
        // Before: read with U+FFFD for the ü, seller 'J\uFFFDrgen' and his page j-rgen.html. "2026-03-02,J" is 12 characters.
        const dir = tempFolder('wpcm-coach-');
        writeFileSync(join(dir, 'model.wpcm'), MODEL);
        writeFileSync(join(dir, 'actuals.csv'), Buffer.from('date,seller,team,kpi,value\n2026-03-02,ann,A,Calls,50\n2026-03-02,J\xfcrgen,A,Calls,40\n2026-03-03,Ren\xe9e,A,Calls,40\n', 'latin1'));
        for (const extra of [[], ['--skip-invalid']]) {
            const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'html', '--out', 'out', ...extra], dir);
            expect(run.stderr).toBe('wpcm: actuals.csv:3:13: the file is not in UTF-8 (as Excel saves plain "CSV"): save it as "CSV UTF-8" instead\n');
            expect(run.code).toBe(2);
            expect(existsSync(join(dir, 'out'))).toBe(false);
        }
    });

    it('refuses actuals whose sum overflows a number, naming the KPI and the seller, with exit 2', async () => {
        // Each value is a finite decimal; their sum, 2e308, is not.
        const dir = workspace(`date,seller,team,kpi,value\n2026-03-02,ann,A,Calls,50\n2026-03-02,bob,A,Calls,1e308\n2026-03-03,bob,A,Calls,1e308\n`);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--out', 'out'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("wpcm: coach: the actuals of KPI 'Calls' for seller 'bob' add up to more than a number can hold: look for a misplaced or mistyped value in their rows\n");
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    it('names a bad date and a missing column precisely', async () => {
        let run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv'], workspace(`seller,date,team,kpi,value\nann,03/02/2026,A,Calls,1\n`));
        expect(run.stderr).toBe("wpcm: actuals.csv:2:5: date '03/02/2026' is not a calendar date in the form YYYY-MM-DD (use --skip-invalid to skip bad rows)\n");
        expect(run.code).toBe(2);
        run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv'], workspace(`date,seller,kpi,value\n2026-03-02,ann,Calls,1\n`));
        expect(run.stderr).toBe("wpcm: actuals.csv:1:1: missing column 'team' (the header has 'date', 'seller', 'kpi', 'value')\n");
        expect(run.code).toBe(2);
    });

    it('counts skipped rows with --skip-invalid and unknown KPIs in one warning', async () => {
        const dir = workspace(`${GOOD}2026-03-04,ann,A,Calls,x,,\n2026-03-04,ann,A,Emails,3,,\n2026-03-05,bob,A,Emails,3,,\n2026-03-05,bob,A,Calls,,1,\n`);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout', '--skip-invalid'], dir);
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.rows).toEqual({ read: 8, used: 4, outsideWindow: 0, skipped: 2, unknownKpi: 2 });
        expect(run.stderr).toBe([
            'wpcm: warning: 2 rows name a KPI the model does not declare, not counted: Emails (2)',
            "wpcm: warning: skipped 2 invalid rows; first: actuals.csv:6:24: value 'x' is not a number; actuals.csv:9:27: numerator without denominator",
            ''
        ].join('\n'));
    });

    it('applies --from and --to and counts the rows outside', async () => {
        const dir = workspace(GOOD);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout', '--from', '2026-03-02', '--to', '2026-03-06'], dir);
        const report = JSON.parse(run.stdout);
        expect(report.window).toEqual({ from: '2026-03-02', to: '2026-03-06', workingDays: 5 });
        expect(report.rows).toMatchObject({ read: 4, used: 2, outsideWindow: 2 });
        expect(report.personas[0].sellers[0].kpis[0]).toMatchObject({ id: 'Calls', actual: 10, attainment: 100 });
    });

    it('refuses bad options with exit 2', async () => {
        const dir = workspace(GOOD);
        const cases: Array<[string[], string]> = [
            [['coach', 'model.wpcm'], 'wpcm: coach: say where the actuals are: --actuals FILE (CSV)\n'],
            [['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--from', '2026-3-1'], "wpcm: coach: --from must be a date in the form YYYY-MM-DD (got '2026-3-1')\n"],
            [['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--from', '2026-03-10', '--to', '2026-03-01'], 'wpcm: coach: --to 2026-03-01 is before --from 2026-03-10\n'],
            [['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--stdout'], 'wpcm: coach: --stdout prints the JSON report; use it with --format json\n'],
            [['coach', 'model.wpcm', '--actuals', 'missing.csv'], 'wpcm: missing.csv: cannot read the actuals file (ENOENT)\n'],
            [['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'pdf'], "wpcm: --format must be one of html, md, json (got 'pdf')\n"]
        ];
        for (const [args, stderr] of cases) {
            const run = await runCli(args, dir);
            expect(run.stderr).toBe(stderr);
            expect(run.code).toBe(2);
        }
    });

    it('writes self-contained HTML pages with a strict CSP and escaped data', async () => {
        const dir = workspace(`date,seller,team,kpi,value\n2026-03-02,<script>alert(1)</script>,"<b>A</b>",Calls,5\n2026-03-02,bob,"<b>A</b>",Calls,12\n`);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv'], dir);
        expect(run.code).toBe(0);
        const out = join(dir, 'generated', 'coaching');
        expect(readdirSync(join(out, 'seller')).sort()).toEqual(['bob.html', 'index.html', 'script-alert-1-script.html']);
        const page = readFileSync(join(out, 'seller', 'script-alert-1-script.html'), 'utf8');
        expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
        expect(page).not.toMatch(/<script|<b>|https?:\/\/(?!www\.w3\.org)/);
        // The chart is inline SVG from Vega: one bar per series of Prospect (seller, team, company).
        expect(page).toMatch(/<svg[^>]*class="marks"/);
        expect(page).toContain('aria-label="1. Prospect for leads: 50 % (team 85 %, company 85 %)');
        const index = readFileSync(join(out, 'seller', 'index.html'), 'utf8');
        expect(index).toContain('<a href="script-alert-1-script.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
        expect(index).toContain('<td class="n red">50 %</td>');
        expect(index).toContain('<td class="n green">120 %</td>');
    });

    it('writes Markdown with the same content', async () => {
        const dir = workspace(GOOD);
        const run = await runCli(['coach', 'model.wpcm', '--actuals', 'actuals.csv', '--format', 'md', '--out', 'md'], dir);
        expect(run.code).toBe(0);
        expect(existsSync(join(dir, 'md', 'README.md'))).toBe(true);
        const ann = readFileSync(join(dir, 'md', 'seller', 'ann.md'), 'utf8');
        expect(ann).toContain('Weakest motion: **1. Prospect for leads** at 50 % of target (team 85 %, company 85 %).');
        expect(ann).toContain('| 1. Prospect for leads | Calls | 5 calls per day | at least 10 calls per day | 🔴 50 % | 8.5 calls per day | 8.5 calls per day | P25 | P25 |');
        expect(ann).toContain('- **Enablement gap:** no competency supports this motion; ask enablement for a module. Peers to learn from: bob.');
    });
});
