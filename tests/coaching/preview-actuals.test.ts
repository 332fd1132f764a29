/**
 * The dashboard preview with an actuals file configured: per KPI the median
 * of the persona's sellers, its attainment and status, how many are below
 * target, the teams where the miss is systemic; per motion the median
 * attainment. Expected values computed by hand from the rows below.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PreviewResult } from '@wpcm/language';
import { renderDashboard } from '@wpcm/language/client';
import { nodeActualsFiles } from '../../server/src/actuals-files.js';
import type { ActualsFiles } from '../../server/src/coaching-handler.js';
import { actualsForPreview, ActualsReports } from '../../server/src/coaching-handler.js';
import { preview } from '../../server/src/preview-handler.js';
import { runCli, tempFolder } from '../support/cli.js';
import { readExample } from '../support/workspace.js';
import { DIRECT_SELLER_URI as MODEL, directSellerServices as services } from './support.js';


// Two working days (Mon 2 and Tue 3 March 2026). Win rate (target >= 75 %) from won / closed:
// ann 3/4 = 75 % (attainment 100), bob 1/2 = 50 % (66.67), cid 2/5 = 40 % (53.33), eve 1/4 = 25 % (33.33), all team A;
// dee 4/4 = 100 % (133.33), team B. Touches (>= 60 per day): ann 70 + 50 over 2 days = 60 per day (100).
const CSV = `date,seller,team,kpi,value,numerator,denominator
2026-03-02,ann,A,Touches,70,,
2026-03-03,ann,A,Touches,50,,
2026-03-02,ann,A,WinRate,,1,2
2026-03-03,ann,A,WinRate,,2,2
2026-03-02,bob,A,WinRate,,1,2
2026-03-03,cid,A,WinRate,,2,5
2026-03-02,eve,A,WinRate,,1,4
2026-03-03,dee,B,WinRate,,4,4
`;

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function actualsFile(text: string): string {
    const path = join(tempFolder('wpcm-preview-actuals-'), 'actuals.csv');
    writeFileSync(path, text);
    return path;
}

afterEach(() => { vi.unstubAllEnvs(); });

describe('dashboard preview with actuals', () => {
    it('summarises each KPI and motion over the persona\'s sellers', async () => {
        const path = actualsFile(CSV);
        const actuals = await actualsForPreview(await services(), new ActualsReports(nodeActualsFiles), MODEL, { path }, 'DirectSeller');
        if (actuals.kind !== 'actuals') throw new Error(actuals.message);
        expect({ ...actuals, kpis: undefined, motions: undefined }).toEqual({
            kind: 'actuals', file: path, from: '2026-03-02', to: '2026-03-03', rowsUsed: 8, sellers: 5, kpis: undefined, motions: undefined
        });
        const win = actuals.kpis.WinRate!;
        // Actuals 25, 40, 50, 75, 100: median 50; attainments 33.3, 53.3, 66.7, 100, 133.3: median 66.7, red (amber from 80).
        expect(win.sellers).toBe(5);
        expect(win.median).toBeCloseTo(50, 12);
        expect(win.medianText).toBe('50 %');
        expect(win.medianAttainment).toBeCloseTo(200 / 3, 12);
        expect(win.status).toBe('red');
        expect(win.belowTarget).toBe(3);
        // Team A: 3 of its 4 sellers below target (at least 3, at least half): systemic. Team B: 0 of 1.
        expect(win.systemicTeams).toEqual(['A']);
        expect(actuals.kpis.Touches).toEqual({
            sellers: 1, median: 60, medianText: '60 touches per day', medianAttainment: 100, status: 'green', belowTarget: 0, systemicTeams: []
        });
        expect(actuals.kpis.NewOpportunities).toEqual({
            sellers: 0, median: null, medianText: 'no data', medianAttainment: null, status: null, belowTarget: 0, systemicTeams: []
        });
        // Close has Win rate only (no Time to close rows): the motion's median is Win rate's, 66.7. Prospect: ann's 100.
        expect(actuals.motions.Close).toBeCloseTo(200 / 3, 12);
        expect(actuals.motions.Prospect).toBe(100);
        expect(actuals.motions.Qualify).toBeNull();
    });

    it('shows the medians beside the targets, escaped', async () => {
        const wpcm = await services();
        const result = preview(wpcm, { uri: MODEL }) as Extract<PreviewResult, { kind: 'dashboard' }>;
        const path = actualsFile(CSV);
        result.actuals = await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path }, 'DirectSeller');
        const html = renderDashboard(result);
        expect(html).toContain(`<p class="actuals-source"><span class="label">Actuals</span> ${path}: 5 sellers, 2026-03-02 to 2026-03-03, 8 rows used`);
        expect(html).toContain('<th>Median actual</th>');
        expect(html).toContain('<td class="actual">50 % <span class="red">(66.7 %)</span><br><span class="below">3 of 5 sellers below target</span>'
            + '<br><span class="gap">Systemic in A: see HPT cause analysis</span></td>');
        expect(html).toContain('<td class="actual">60 touches per day <span class="green">(100 %)</span><br><span class="below">0 of 1 seller below target</span></td>');
        expect(html).toContain('<h2><span class="step">4</span> Close the deal <span class="motion-attainment">median attainment 66.7 %</span></h2>');
        expect(html).toContain('<h2><span class="step">2</span> Qualify the lead</h2>');

        // Data strings are escaped like model strings.
        const evil = actualsFile(CSV.replaceAll(',A,', ',<i>A</i>,'));
        result.actuals = await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path: evil }, 'DirectSeller');
        expect(renderDashboard(result)).toContain('Systemic in &lt;i&gt;A&lt;/i&gt;: see HPT cause analysis');
    });

    it('reads the file again only when it or the model\'s KPI names change', async () => {
        const reads: string[] = [];
        let version = 'v1';
        const counting: ActualsFiles = {
            version: async () => version,
            read: async (path, aggregator, how) => { reads.push(version); await nodeActualsFiles.read(path, aggregator, how); }
        };
        const reports = new ActualsReports(counting);
        const wpcm = await services();
        const path = actualsFile(CSV);
        await actualsForPreview(wpcm, reports, MODEL, { path }, 'DirectSeller');
        await actualsForPreview(wpcm, reports, MODEL, { path }, 'DirectSeller');
        expect(reads).toEqual(['v1']);
        version = 'v2';
        writeFileSync(path, CSV.replace('2026-03-03,dee,B,WinRate,,4,4', '2026-03-03,dee,B,WinRate,,0,4'));
        const changed = await actualsForPreview(wpcm, reports, MODEL, { path }, 'DirectSeller');
        expect(reads).toEqual(['v1', 'v2']);
        // dee now 0 %: actuals 0, 25, 40, 50, 75, median 40; 4 of 5 below target.
        expect(changed.kind === 'actuals' && [changed.kpis.WinRate!.median, changed.kpis.WinRate!.belowTarget]).toEqual([40, 4]);
    });

    it('counts per-day targets in the project\'s working days (coaching.workingDays), as wpcm coach does', async () => {
        // Friday 6 and Saturday 7 March, 60 touches each: 120 over 1 working day by default, over 2 with Saturdays.
        const path = actualsFile('date,seller,team,kpi,value\n2026-03-06,ann,A,Touches,60\n2026-03-07,ann,A,Touches,60\n');
        const wpcm = await services();
        const touches = async () => {
            const actuals = await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path }, 'DirectSeller');
            return actuals.kind === 'actuals' ? actuals.kpis.Touches!.median : actuals.message;
        };
        expect(await touches()).toBe(120);
        wpcm.wpcm.Settings.apply({ coaching: { workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } });
        expect(await touches()).toBe(60);
    });

    it('reads a CRM export through the coaching.sources mapping the editor names', async () => {
        // The Salesforce fixture (tests/coaching/salesforce.test.ts has the hand computation): all of its rows, no window.
        // Win rate: Alex Kim won 2 of 3 closed (66.7 %), Sam Ortiz 3 of 4 (75 %): median 70.83 %; attainments 88.9 and 100.
        const wpcm = await services();
        wpcm.wpcm.Settings.apply(JSON.parse(readFileSync(join(FIXTURES, 'salesforce.config.json'), 'utf8')));
        const path = join(FIXTURES, 'salesforce-opportunities.csv');
        const reports = new ActualsReports(nodeActualsFiles);
        const actuals = await actualsForPreview(wpcm, reports, MODEL, { path, source: 'salesforce-opportunities' }, 'DirectSeller');
        if (actuals.kind !== 'actuals') throw new Error(actuals.message);
        expect([actuals.sellers, actuals.kpis.WinRate!.sellers, actuals.kpis.WinRate!.belowTarget]).toEqual([2, 2, 1]);
        expect(actuals.kpis.WinRate!.median).toBeCloseTo((200 / 3 + 75) / 2, 12);
        expect(actuals.kpis.WinRate!.medianAttainment).toBeCloseTo((200 / 3 / 75 * 100 + 100) / 2, 12);
        // The same file in the canonical layout stops at its header, and an unknown mapping names the known ones.
        const canonical = await actualsForPreview(wpcm, reports, MODEL, { path }, 'DirectSeller');
        expect(canonical.kind === 'error' && canonical.message).toBe(`${path}:1:1: missing column 'date' (the header has 'Opportunity Owner', 'Owner Role', 'Account Name', 'Opportunity Name', 'Stage', 'Amount', 'Probability (%)', 'Created Date', 'Close Date', 'Type', 'Lead Source')`);
        expect(await actualsForPreview(wpcm, reports, MODEL, { path, source: 'hubspot' }, 'DirectSeller'))
            .toEqual({ kind: 'error', file: path, message: "no source 'hubspot' in coaching.sources of the config (known: salesforce-opportunities)" });
    });

    it('has the numbers of wpcm coach to the last digit, for a file read whole and one read in blocks', async () => {
        // Sums of decimals depend on the order they are added in; a large file is read in blocks (threads or not),
        // so the editor must read it in the same blocks as the CLI. WPCM_SPLIT_BYTES makes the example "large".
        const dir = tempFolder('wpcm-preview-actuals-');
        writeFileSync(join(dir, 'direct-seller.wpcm'), readExample('direct-seller.wpcm'));
        writeFileSync(join(dir, 'actuals.csv'), readFileSync(new URL('../../examples/direct-seller.actuals.csv', import.meta.url)));
        const actualsOf = (report: { personas: Array<{ sellers: Array<{ id: string; kpis: Array<{ id: string; actual: number | null }> }> }> }) =>
            report.personas.flatMap(p => p.sellers.flatMap(s => s.kpis.map(k => `${s.id} ${k.id} ${k.actual}`)));
        for (const split of ['1073741824', '1']) {
            vi.stubEnv('WPCM_SPLIT_BYTES', split);
            const cli = await runCli(['coach', 'direct-seller.wpcm', '--actuals', 'actuals.csv', '--format', 'json', '--stdout'], dir);
            expect(cli.code).toBe(0);
            const { report } = await new ActualsReports(nodeActualsFiles).report(await services(), MODEL, { path: join(dir, 'actuals.csv') });
            const editor = actualsOf(report);
            expect(editor.length).toBeGreaterThan(50);
            expect(editor).toEqual(actualsOf(JSON.parse(cli.stdout)));
        }
    });

    it('says why there are no actuals, and the dashboard still shows', async () => {
        const wpcm = await services();
        const missing = join(tempFolder('wpcm-preview-actuals-'), 'none.csv');
        expect(await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path: missing }, 'DirectSeller'))
            .toEqual({ kind: 'error', file: missing, message: `${missing}: cannot read the actuals file (ENOENT)` });
        const bad = actualsFile('date,seller,team,kpi,value\n2026-03-02,ann,A,Touches,many\n');
        expect(await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path: bad }, 'DirectSeller'))
            .toEqual({ kind: 'error', file: bad, message: `${bad}:2:26: value 'many' is not a number` });
        // The editor has no --skip-invalid to suggest, whether the file is read whole or in blocks.
        const late = actualsFile(`date,seller,team,kpi,value\n${'2026-03-02,ann,A,Touches,60\n'.repeat(10)}2026-03-02,ann,A,Touches,many\n`);
        for (const split of ['1073741824', '1']) {
            vi.stubEnv('WPCM_SPLIT_BYTES', split);
            expect(await actualsForPreview(wpcm, new ActualsReports(nodeActualsFiles), MODEL, { path: late }, 'DirectSeller'))
                .toEqual({ kind: 'error', file: late, message: `${late}:12:26: value 'many' is not a number` });
        }
        expect(await actualsForPreview(wpcm, undefined, MODEL, { path: bad }, 'DirectSeller'))
            .toEqual({ kind: 'error', file: bad, message: 'actuals files can be read by the desktop language server only' });
    });
});
