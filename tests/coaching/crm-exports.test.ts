/**
 * CRM exports as sales-ops teams hand them over, read through
 * coaching.sources mappings (fixtures/crm.config.json): a Salesforce
 * opportunity report saved by Excel (byte order mark, CRLF, every field
 * quoted, descriptions with commas, quotes and line breaks, a Grand Totals
 * and a copyright footer); a HubSpot deals export (ISO timestamps, stages
 * in HubSpot's case, an unowned deal); a Dynamics 365 export saved by a
 * German Excel (semicolons, dd.MM.yyyy, amounts written 12.500,00 €).
 * Expected values computed by hand from the fixtures; the window is March
 * 2026 (22 working days).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../cli/src/coach/locate.js';
import { amountParser } from '../../language/src/coaching/mapped.js';
import { readExample } from '../support/workspace.js';
import { runCli, tempFolder } from '../support/cli.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const MARCH = ['--from', '2026-03-01', '--to', '2026-03-31'];

interface Variant {
    /** The export's text, instead of the fixture's. */
    readonly text?: string;
    /** A model fixture instead of the Direct Seller example. */
    readonly model?: string;
    /** Changes a source of crm.config.json. */
    readonly source?: (sources: Record<string, Record<string, unknown>>) => void;
}

function workspace(fixture: string, variant: Variant | string = {}): string {
    const { text, model, source } = typeof variant === 'string' ? { text: variant } as Variant : variant;
    const dir = tempFolder('wpcm-crm-');
    writeFileSync(join(dir, 'model.wpcm'), model ? readFileSync(join(FIXTURES, model), 'utf8') : readExample('direct-seller.wpcm'));
    if (text === undefined) copyFileSync(join(FIXTURES, fixture), join(dir, 'export.csv'));
    else writeFileSync(join(dir, 'export.csv'), text);
    const config = JSON.parse(readFileSync(join(FIXTURES, 'crm.config.json'), 'utf8'));
    source?.(config.coaching.sources);
    writeFileSync(join(dir, 'wpcm.config.json'), JSON.stringify(config));
    return dir;
}

async function coach(dir: string, source: string, extra: readonly string[] = []) {
    return runCli(['coach', 'model.wpcm', '--actuals', 'export.csv', '--source', source, ...MARCH, '--format', 'json', '--stdout', ...extra], dir);
}

type Kpi = { id: string; actual: number | null; rows: number };
type Seller = { id: string; team: string; kpis: Kpi[] };
function actuals(report: { personas: Array<{ sellers: Seller[] }> }): Record<string, Record<string, number | null>> {
    const out: Record<string, Record<string, number | null>> = {};
    for (const seller of report.personas[0]!.sellers) {
        out[`${seller.id} (${seller.team})`] = Object.fromEntries(seller.kpis.filter(k => k.rows > 0).map(k => [k.id, k.actual]));
    }
    return out;
}

describe('a Salesforce opportunity report saved by Excel', () => {
    const fixture = 'northwind-salesforce.csv';

    it('is what it says: BOM, CRLF, quoted header, line breaks inside descriptions', () => {
        const text = readFileSync(join(FIXTURES, fixture), 'utf8');
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(text.startsWith('\uFEFF"Opportunity Owner","Owner Role"')).toBe(true);
        expect(text.split('\r\n').length).toBe(text.split('\n').length);
        expect(text).toContain('"Champion: VP Ops.\r\nSigned after pilot, 3 sites"');
        expect(text).toContain('"Grand Totals (8 records)"');
    });

    it('gives each seller the numbers computed by hand', async () => {
        const run = await coach(workspace(fixture), 'salesforce');
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(actuals(report)).toEqual({
            // Won 2 of 3 closed; (42 + 30 + 22) / 3 days from Created to Close Date; created in March: 3/2, 3/9.
            'Priya Nair (AE - Central)': { WinRate: 2 / 3 * 100, TimeToClose: 94 / 3, NewOpportunities: 2 / 22 },
            // Won 1 of 3; (17 + 72 + 22) / 3 = 37 days; created in March: 3/4, 3/16.
            'Marcus Feld (AE - Central)': { WinRate: 1 / 3 * 100, TimeToClose: 37, NewOpportunities: 2 / 22 }
        });
        // 6 closed x 2 KPIs + 8 created dates; 4 created before March; the footer after the blank line is not read.
        expect(report.rows).toEqual({ read: 20, used: 16, outsideWindow: 4, skipped: 0, unknownKpi: 0 });
    });

    it('names the mapping, not the rows, when its kpis name a KPI the model does not declare', async () => {
        // Before: "14 rows name a KPI the model does not declare", as if the export named it. 8 created dates, 6 closed deals.
        const run = await coach(workspace(fixture, {
            source: sources => {
                const kpis = sources.salesforce!.kpis as Record<string, unknown>;
                kpis.WinRat = kpis.WinRate;
                delete kpis.WinRate;
                kpis.Demos = kpis.NewOpportunities;
            }
        }), 'salesforce');
        expect(run.code).toBe(0);
        expect(run.stderr).toBe("wpcm: warning: the mapping 'salesforce' names 2 KPIs the model does not declare in its kpis, 14 rows not counted: Demos (8), WinRat (6)\n");
    });

    it('reads the report as Excel saves it again: the blank line and the footer padded to the sheet\'s width', async () => {
        const text = readFileSync(join(FIXTURES, fixture), 'utf8')
            .replace('\r\n\r\n"Grand Totals (8 records)"\r\n\r\n', '\r\n,,,,,,,,\r\nGrand Totals (8 records),,,,,,,,\r\n,,,,,,,,\r\n')
            .replace('"Confidential Information - Do Not Distribute"\r\n', 'Confidential Information - Do Not Distribute,,,,,,,,\r\n');
        expect(text).toContain('\r\n,,,,,,,,\r\nGrand Totals (8 records),,,,,,,,\r\n');
        const run = await coach(workspace(fixture, text), 'salesforce');
        expect(run.stderr).toBe('');
        const report = JSON.parse(run.stdout);
        expect(report.rows).toEqual({ read: 20, used: 16, outsideWindow: 4, skipped: 0, unknownKpi: 0 });
        expect(actuals(report)['Marcus Feld (AE - Central)']).toEqual({ WinRate: 1 / 3 * 100, TimeToClose: 37, NewOpportunities: 2 / 22 });
    });

    it('places a bad date at its line and column in the file, after quoted fields and line breaks in descriptions', async () => {
        // Row 8 of the export (Pinecrest Bank) starts on line 11: three descriptions above it hold 1, 2 and 0 line breaks.
        // Its Close Date is the 8th field: "Marcus Feld", (13 + 1) "AE - Central", (14 + 1) "Pinecrest Bank", (16 + 1)
        // "Pinecrest - Onboarding", (24 + 1) "Closed Lost", (13 + 1) "15,000.00", (11 + 1) "3/4/2026" (10 + 1): column 109.
        const text = readFileSync(join(FIXTURES, fixture), 'utf8').replace('"3/26/2026"', '"26.03.2026"');
        let run = await coach(workspace(fixture, text), 'salesforce');
        expect(run.stderr).toBe("wpcm: export.csv:11:109: date '26.03.2026' does not match the date format 'M/d/yyyy' (use --skip-invalid to skip bad rows)\n");
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        run = await coach(workspace(fixture, text), 'salesforce', ['--skip-invalid']);
        expect(run.stderr).toBe("wpcm: warning: skipped 1 invalid row; first: export.csv:11:109: date '26.03.2026' does not match the date format 'M/d/yyyy'\n");
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        // The row's three observations (Win rate, Time to close, created 3/4) are not read; the row counts once, as skipped.
        expect(report.rows).toEqual({ read: 18, used: 13, outsideWindow: 4, skipped: 1, unknownKpi: 0 });
        expect(actuals(report)['Marcus Feld (AE - Central)']).toEqual({ WinRate: 50, TimeToClose: (17 + 72) / 2, NewOpportunities: 1 / 22 });
    });

    it('places a field on a later line of a multi-line row, and a missing field past the row\'s end', () => {
        const path = join(tempFolder('wpcm-place-'), 'x.csv');
        writeFileSync(path, '\uFEFF"a","b","c"\r\n"x ""1""","two\r\nlines","3"\r\n"Grand Totals (1 record)"\r\n');
        const format = { newline: '\r\n', delimiter: ',' } as const;
        expect(placeOf(path, format, 1, 1)).toEqual({ line: 1, column: 5 });
        expect(placeOf(path, format, 2, 1)).toEqual({ line: 2, column: 11 });
        expect(placeOf(path, format, 2, 2)).toEqual({ line: 3, column: 8 });
        // The footer row starts on line 4, the row before it taking lines 2 and 3.
        expect(placeOf(path, format, 4, 1)).toEqual({ line: 4, column: 27 });
        expect(placeOf(path, format, 6, 0)).toBeUndefined();
    });

    it('names a footer as a footer when no blank line ends the data', async () => {
        const dir = workspace(fixture, { source: s => { s.salesforce!.endAtBlankLine = false; } });
        const footer = 'the row has 1 field, the header 9: a footer or a cut row (with "endAtBlankLine": true a blank line before a footer ends the data)';
        let run = await coach(dir, 'salesforce');
        // The 8 rows take lines 2 to 13 (4 line breaks in descriptions); line 14 is blank, 15 the Grand Totals.
        expect(run.stderr).toBe(`wpcm: export.csv:15:1: ${footer} (use --skip-invalid to skip bad rows)\n`);
        expect(run.code).toBe(2);
        run = await coach(dir, 'salesforce', ['--skip-invalid']);
        expect(run.stderr).toBe(`wpcm: warning: skipped 3 invalid rows; first: export.csv:15:1: ${footer}; export.csv:17:1: ${footer}; export.csv:18:1: ${footer}\n`);
        expect(JSON.parse(run.stdout).rows).toEqual({ read: 23, used: 16, outsideWindow: 4, skipped: 3, unknownKpi: 0 });
    });
});

describe('a HubSpot deals export', () => {
    const fixture = 'hubspot-deals.csv';

    it('matches filters ignoring case and surrounding spaces, reads dates with a time and a zone, and counts an unowned deal as skipped', async () => {
        const run = await coach(workspace(fixture), 'hubspot', ['--skip-invalid']);
        // The unowned chat lead (line 10, an empty Deal owner at column 76) is no seller's: bad data, skipped and named.
        expect(run.stderr).toBe('wpcm: warning: skipped 1 invalid row; first: export.csv:10:76: empty seller\n');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(actuals(report)).toEqual({
            // HubSpot's stages are "Closed won" / "Closed lost" (one with a space after it), the mapping says "Closed Won":
            // won 2 of 3 closed; 6 (2/26 -> 3/4), 17 (3/2 -> 3/19) and 7 (3/3 -> 3/10, dates as written, zone -05:00) days;
            // created in March: 3/2, 3/3, 3/12.
            'Lena Brandt (Inside Sales EMEA)': { WinRate: 2 / 3 * 100, TimeToClose: 10, NewOpportunities: 3 / 22 },
            // Won 1 of 3 ("CLOSED LOST" included); 50 (1/15 -> 3/6), 18 and 42 (2/2 -> 3/16) days; created in March: 3/9, 3/23.
            'Tomás Ibarra (Inside Sales EMEA)': { WinRate: 1 / 3 * 100, TimeToClose: 110 / 3, NewOpportunities: 2 / 22 }
        });
        // 6 closed deals x 2 KPIs + 8 owned deals' create dates (3 before March) + the unowned row.
        expect(report.rows).toEqual({ read: 21, used: 17, outsideWindow: 3, skipped: 1, unknownKpi: 0 });
    });

    it('finds the mapped columns in a header written in another case and padded with spaces', async () => {
        const original = readFileSync(join(FIXTURES, fixture), 'utf8');
        const header = original.slice(0, original.indexOf('\n'));
        const text = original.replace(header, header.split(',').map(name => ` ${name.toUpperCase()} `).join(','));
        expect(text.startsWith(' RECORD ID , DEAL NAME , DEAL STAGE ,')).toBe(true);
        const run = await coach(workspace(fixture, text), 'hubspot', ['--skip-invalid']);
        expect(JSON.parse(run.stdout).rows).toEqual({ read: 21, used: 17, outsideWindow: 3, skipped: 1, unknownKpi: 0 });
        expect(actuals(JSON.parse(run.stdout))['Lena Brandt (Inside Sales EMEA)']).toEqual({ WinRate: 2 / 3 * 100, TimeToClose: 10, NewOpportunities: 3 / 22 });
    });

    it('stops at a deal closed before it was created, and at a row shifted by a comma in an unquoted name', async () => {
        // An import stamped 3/6 as the create date of a deal closed 3/4: -2 days would shorten Lena's time to close.
        let text = readFileSync(join(FIXTURES, fixture), 'utf8').replace('2026-02-26 09:14', '2026-03-06 09:14');
        let run = await coach(workspace(fixture, text), 'hubspot');
        // Close Date is the 7th field of line 2: 12 + 26 + 11 + 6 + 4 + 17 characters with their commas before it.
        expect(run.stderr).toBe("wpcm: export.csv:2:77: Close Date '2026-03-04 15:22' is before Create Date '2026-03-06 09:14' (use --skip-invalid to skip bad rows)\n");
        expect(run.code).toBe(2);
        // Unquoted, "Moss & Pine - upsell, phase 2" is two fields: Deal Stage would read " phase 2" and the deal drop out.
        text = readFileSync(join(FIXTURES, fixture), 'utf8').replace('"Moss & Pine - upsell, phase 2"', 'Moss & Pine - upsell, phase 2');
        run = await coach(workspace(fixture, text), 'hubspot');
        expect(run.stderr).toBe("wpcm: export.csv:4:146: the row has 11 fields, the header 10: a ',' inside an unquoted field? (use --skip-invalid to skip bad rows)\n");
        expect(run.code).toBe(2);
    });

    it('stops at a column the mapping names twice in the header, at the second one', async () => {
        const text = readFileSync(join(FIXTURES, fixture), 'utf8').replace(',Pipeline\n', ',Deal Stage\n');
        const run = await coach(workspace(fixture, text), 'hubspot');
        // The header's 10th field, after 9 names and their commas (104 characters).
        expect(run.stderr).toBe("wpcm: export.csv:1:105: the header has 2 columns 'Deal Stage' (fields 3, 10): rename them so that the mapping's 'Deal Stage' names one\n");
        expect(run.code).toBe(2);
    });
});

describe('a Dynamics 365 export saved by a German Excel', () => {
    const fixture = 'dynamics-opportunities.csv';
    const model = 'key-account.wpcm';

    it('reads semicolons, dd.MM.yyyy dates and amounts written 12.500,00 € with "decimalSeparator": ","', async () => {
        const run = await coach(workspace(fixture, { model }), 'dynamics');
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        // Revenue per month: the won amounts over 22 working days / (5 x 52 / 12) working days a month.
        const months = 22 / (5 * 52 / 12);
        const sellers = actuals(report);
        // Won 2 of 3 closed, 31 (2/2 -> 3/5), 31 (2/9 -> 3/12) and 27 (2/20 -> 3/19) days; 12,500.00 + 3,400.50 won.
        expect(sellers['Jonas Weber (DACH Nord)']).toEqual({ WinRate: 2 / 3 * 100, TimeToClose: 89 / 3, Revenue: 15900.5 / months });
        // Won 3 of 4; 64, 7, 71 and 24 days; 48,250.00 + 1,250 ("1.250 €", not 1.25) + 980.00 won.
        expect(sellers['Lea Wagner (DACH Süd)']!.WinRate).toBe(75);
        expect(sellers['Lea Wagner (DACH Süd)']!.TimeToClose).toBe(41.5);
        expect(sellers['Lea Wagner (DACH Süd)']!.Revenue).toBeCloseTo(50480 / months, 9);
        // 7 closed x 2 KPIs + 5 won amounts; the open opportunity gives none.
        expect(report.rows).toEqual({ read: 19, used: 19, outsideWindow: 0, skipped: 0, unknownKpi: 0 });
    });

    it('refuses a semicolon-separated export with a sum when the source does not say how it writes numbers', async () => {
        const run = await coach(workspace(fixture, { model, source: s => { delete s.dynamics!.decimalSeparator; } }), 'dynamics');
        expect(run.stderr).toBe('wpcm: export.csv:1:1: the export is separated by semicolons, as where numbers are written 1.234,56: say how it writes them with "decimalSeparator": "," (or ".") in the source\n');
        expect(run.code).toBe(2);
    });

    it('names an amount that is not written as the source says, with the setting that reads it', async () => {
        const run = await coach(workspace(fixture, { model, source: s => { s.dynamics!.decimalSeparator = '.'; } }), 'dynamics');
        // The 6th field of line 2, after 36 + 8 + 13 + 11 + 8 characters and 5 semicolons.
        expect(run.stderr).toBe('wpcm: export.csv:2:82: Tatsächlicher Umsatz \'12.500,00 €\' is not a number written 1,234.56 (for 1.234,56, say "decimalSeparator": "," in the source) (use --skip-invalid to skip bad rows)\n');
        expect(run.code).toBe(2);
    });

    it('refuses the export saved as Excel\'s "Unicode Text" (UTF-16, tabs) in one line', async () => {
        const text = readFileSync(join(FIXTURES, fixture), 'utf8').replace(/^\uFEFF/, '').replaceAll(';', '\t');
        const dir = workspace(fixture, { model });
        writeFileSync(join(dir, 'export.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        const run = await coach(dir, 'dynamics');
        expect(run.stderr).toBe('wpcm: export.csv: the file is in UTF-16 (as Excel saves "Unicode Text"): save it as "CSV UTF-8" instead\n');
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
    });

    it('reads amounts with grouped digits and a currency, and nothing ambiguous', () => {
        const point = amountParser('.');
        expect(['48,000.00', '$5,000', '-$250.75', '$-250.75', 'USD 1,234.5', '1234', '.5', "1'234.50", '1e3'].map(point))
            .toEqual([48000, 5000, -250.75, -250.75, 1234.5, 1234, 0.5, 1234.5, undefined]);
        expect(['12,5', '1,2345', '1,23,456', '$', 'n/a', '1.2.3'].map(point)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
        const comma = amountParser(',');
        expect(['1.234,56 €', 'EUR 1\u202f234,56', '1.250', '12,5', '-3,00 €', '1 000 000'].map(comma)).toEqual([1234.56, 1234.56, 1250, 12.5, -3, 1000000]);
        expect(['1.25', '1,234.56', '12.5'].map(comma)).toEqual([undefined, undefined, undefined]);
    });
});
