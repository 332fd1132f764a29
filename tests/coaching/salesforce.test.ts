/**
 * A Salesforce opportunity report export (quoted header, M/d/yyyy dates, a
 * blank line and a confidentiality footer) read through a coaching.sources
 * mapping: Win rate as won / closed, Time to close as the days from Created
 * Date to Close Date of closed opportunities, new opportunities per day by
 * Created Date. Expected values computed by hand from the fixture.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../language/src/coaching/calendar.js';
import { dateParser } from '../../language/src/coaching/mapped.js';
import { readExample } from '../support/workspace.js';
import { runCli, tempFolder } from '../support/cli.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function workspace(): string {
    const dir = tempFolder('wpcm-sf-');
    writeFileSync(join(dir, 'direct-seller.wpcm'), readExample('direct-seller.wpcm'));
    copyFileSync(join(FIXTURES, 'salesforce-opportunities.csv'), join(dir, 'report.csv'));
    copyFileSync(join(FIXTURES, 'salesforce.config.json'), join(dir, 'wpcm.config.json'));
    return dir;
}

describe('Salesforce report export through coaching.sources', () => {
    it('reads M/d/yyyy dates (and ignores a time after them)', () => {
        const parse = dateParser('M/d/yyyy');
        expect(parse('3/4/2026')).toBe(dayNumber('2026-03-04'));
        expect(parse('12/15/2025 10:42 AM')).toBe(dayNumber('2025-12-15'));
        expect(parse('2/30/2026')).toBeUndefined();
        expect(parse('2026-03-04')).toBeUndefined();
        expect(dateParser('dd.MM.yyyy')('04.03.2026')).toBe(dayNumber('2026-03-04'));
    });

    it('maps Win rate, Time to close and new opportunities per seller', async () => {
        const run = await runCli(['coach', 'direct-seller.wpcm', '--actuals', 'report.csv', '--source', 'salesforce-opportunities',
            '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'json', '--stdout'], workspace());
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.window).toEqual({ from: '2026-03-01', to: '2026-03-31', workingDays: 22 });
        const [alex, sam] = report.personas[0].sellers;
        const kpi = (seller: any, id: string) => seller.kpis.find((k: any) => k.id === id);
        expect([alex.id, alex.team, sam.id, sam.team]).toEqual(['Alex Kim', 'AE - West', 'Sam Ortiz', 'AE - East']);
        // Alex: won 2 of 3 closed; (51 + 36 + 26) / 3 days; one opportunity created in March (3/2).
        expect(kpi(alex, 'WinRate').actual).toBeCloseTo(200 / 3, 12);
        expect(kpi(alex, 'WinRate').attainment).toBeCloseTo(200 / 3 / 75 * 100, 12);
        expect(kpi(alex, 'TimeToClose').actual).toBeCloseTo(113 / 3, 12);
        expect(kpi(alex, 'TimeToClose').attainment).toBe(100 * 90 / (113 / 3));
        expect(kpi(alex, 'NewOpportunities').actual).toBe(1 / 22);
        // Sam: won 3 of 4; (77 + 66 + 46 + 27) / 4 = 54 days; created in March: 3/3 and 3/20.
        expect(kpi(sam, 'WinRate')).toMatchObject({ actual: 75, attainment: 100, status: 'green' });
        expect(kpi(sam, 'TimeToClose')).toMatchObject({ actual: 54, rows: 4 });
        expect(kpi(sam, 'NewOpportunities').actual).toBe(2 / 22);
        // Observations: 7 closed x 2 KPIs + 9 created dates; 6 created outside March; the footer is never read.
        expect(report.rows).toEqual({ read: 23, used: 17, outsideWindow: 6, skipped: 0, unknownKpi: 0 });
        expect(alex.weakestMotion).toBe('Qualify');
    });

    it('says which source names are known, and which column the mapping misses', async () => {
        const dir = workspace();
        let run = await runCli(['coach', 'direct-seller.wpcm', '--actuals', 'report.csv', '--source', 'hubspot'], dir);
        expect(run.stderr).toBe("wpcm: coach: no source 'hubspot' in coaching.sources of the config (known: salesforce-opportunities)\n");
        expect(run.code).toBe(2);
        writeFileSync(join(dir, 'report.csv'), '"Owner","Stage"\n"Alex","Closed Won"\n');
        run = await runCli(['coach', 'direct-seller.wpcm', '--actuals', 'report.csv', '--source', 'salesforce-opportunities'], dir);
        expect(run.stderr).toBe("wpcm: report.csv:1:1: missing column 'Opportunity Owner' named by the mapping (the header has 'Owner', 'Stage')\n");
        expect(run.code).toBe(2);
    });
});
