/** The server side of "WPCM: Open Coaching Report": the persona page for the configured actuals file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeActualsFiles } from '../../server/src/actuals-files.js';
import { ActualsReports, coachingReportPage } from '../../server/src/coaching-handler.js';
import { tempFolder } from '../support/cli.js';
import { DIRECT_SELLER_URI, directSellerServices as services } from './support.js';

const ACTUALS = new URL('../../examples/direct-seller.actuals.csv', import.meta.url).pathname;

describe('coaching report in the editor', () => {
    it('renders the persona page with the systemic miss and the team heatmaps', async () => {
        const result = await coachingReportPage(await services(), new ActualsReports(nodeActualsFiles), { uri: DIRECT_SELLER_URI, actuals: ACTUALS });
        expect(result.kind).toBe('report');
        if (result.kind !== 'report') return;
        expect(result.sellers).toBe(10);
        expect(result.html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
        expect(result.html).toContain('<h1>Direct Seller: coaching report</h1>');
        expect(result.html).toContain('<h3>East: Win rate</h3>');
        expect(result.html).toContain('<caption>Attainment by KPI in workflow order, team West</caption>');
        expect(result.html).not.toContain('<script');
    });

    it('says what is wrong with the actuals file, with its line and column', async () => {
        const dir = tempFolder('wpcm-editor-');
        const bad = join(dir, 'bad.csv');
        writeFileSync(bad, 'date,seller,team,kpi,value\n2026-03-02,ann,A,Touches,many\n');
        const result = await coachingReportPage(await services(), new ActualsReports(nodeActualsFiles), { uri: DIRECT_SELLER_URI, actuals: bad });
        expect(result).toEqual({ kind: 'error', message: `${bad}:2:26: value 'many' is not a number` });
    });
});
