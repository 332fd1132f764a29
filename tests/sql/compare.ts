/**
 * The generated SQL against `wpcm coach`, for any engine: run the script for
 * the models, load the actuals, and compare wpcm_attainment and wpcm_summary
 * row by row with `wpcm coach --format json` on the same data and window
 * (relative difference < 1e-9). postgres.test.ts and duckdb.test.ts each
 * supply an engine and run the same cases (parityCases).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SqlDialect } from '../../language/src/generators/sql/index.js';
import { generateSql } from '../../language/src/generators/sql/index.js';
import { MODEL } from '../coaching/support.js';
import { inputOf } from '../generators/support.js';
import { runCli, tempFolder } from '../support/cli.js';
import { FARMER_MODEL, RANDOM_MODEL, randomActuals } from './datasets.js';

export const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const COMPUTE_CSV = new URL('./fixtures/compute.csv', import.meta.url).pathname;

/**
 * Two sellers whose latest day has rows for two teams differing in case: the
 * report takes the greatest name in code-unit order ('b' > 'C', 'a' > 'B').
 * Monday 2 and Tuesday 3 March: 2 working days, so sam makes 30 / 2 = 15
 * calls a day (150 % of 10) and zoe 20 / 2 = 10 (100 %).
 */
export const TEAM_TIES_CSV = `date,seller,team,kpi,value
2026-03-02,sam,C,Calls,10
2026-03-03,sam,b,Calls,12
2026-03-03,sam,C,Calls,8
2026-03-03,zoe,a,Calls,9
2026-03-03,zoe,B,Calls,11
`;

/** File name to model text. */
export type Models = Record<string, string>;

export interface SqlEngine {
    readonly dialect: SqlDialect;
    /** A fresh database: the generated script run, then the CSV loaded into wpcm_actuals. */
    load(script: string, csvPath: string): Promise<void>;
    /** A query's rows, dates as ISO text; integers may come back as bigint or text (compare with Number()). */
    rows(sql: string): Promise<Record<string, any>[]>;
}

/** Relative difference of two numbers; 0 for two nulls, Infinity for one. */
export function relativeDifference(a: number | null | undefined, b: number | null | undefined): number {
    if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null) ? 0 : Infinity;
    return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

export function close(a: number | null | undefined, b: number | null | undefined): boolean {
    return relativeDifference(a, b) < 1e-9;
}

export async function coachJson(models: Models, csvPath: string, args: string[], workingDays?: string[]) {
    const dir = tempFolder('wpcm-sql-');
    for (const [name, text] of Object.entries(models)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'wpcm.config.json'), JSON.stringify(workingDays ? { coaching: { workingDays } } : {}));
    const run = await runCli(['coach', ...Object.keys(models), '--actuals', csvPath, '--format', 'json', '--stdout', ...args], dir);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
}

/** The generated script for these models, run, with the CSV loaded. */
export async function load(engine: SqlEngine, models: Models, csvPath: string, workingDays?: string[]): Promise<void> {
    await engine.load(generateSql(await inputOf(models), engine.dialect, workingDays as never).content, csvPath);
}

export interface Comparison {
    /** wpcm_attainment rows, each matched to the report's seller and KPI. */
    readonly rows: number;
    /** wpcm_summary rows matched to the report's teams and company. */
    readonly summaryRows: number;
    /** The largest relative difference between a SQL number and the report's. */
    readonly maxRelativeDifference: number;
}

type Window = [string | null, string | null];

/** `wpcm_attainment('2026-03-02', NULL)`: the window as literals, which both engines read as dates. */
function call(name: string, window: Window): string {
    return `SELECT * FROM ${name}(${window.map(d => (d === null ? 'NULL' : `'${d}'`)).join(', ')})`;
}

export async function compare(engine: SqlEngine, models: Models, csvPath: string, window: Window, workingDays?: string[]): Promise<Comparison> {
    await load(engine, models, csvPath, workingDays);
    const args = [...(window[0] ? ['--from', window[0]] : []), ...(window[1] ? ['--to', window[1]] : [])];
    const report = await coachJson(models, csvPath, args, workingDays);
    let maxRelativeDifference = 0;
    const near = (a: number | null | undefined, b: number | null | undefined) => {
        const d = relativeDifference(a, b);
        maxRelativeDifference = Math.max(maxRelativeDifference, d);
        return d < 1e-9;
    };

    const rows = await engine.rows(call('wpcm_attainment', window));
    const expected = report.personas.flatMap((p: any) => p.sellers.flatMap((s: any) => s.kpis
        .filter((k: any) => k.rows > 0)
        .map((k: any) => ({ ...k, persona: p.id, seller: s.id, sellerTeam: s.team }))));
    expect(rows.length).toBe(expected.length);
    for (const row of rows) {
        const json = expected.find((e: any) => e.persona === row.persona && e.seller === row.seller && e.id === row.kpi);
        expect(json, `${row.persona}/${row.seller}/${row.kpi}`).toBeDefined();
        const where = `${row.persona}/${row.seller}/${row.kpi}: sql ${row.actual}/${row.attainment}, coach ${json.actual}/${json.attainment}`;
        expect(row.team, where).toBe(json.sellerTeam);
        expect(row.motion, where).toBe(json.motion);
        expect(Number(row.rows), where).toBe(json.rows);
        expect(near(row.actual, json.actual), where).toBe(true);
        expect(near(row.attainment, json.attainment), where).toBe(true);
        expect([row.window_from, row.window_to, Number(row.working_days)]).toEqual([report.window.from, report.window.to, report.window.workingDays]);
    }

    const summary = await engine.rows(call('wpcm_summary', window));
    let summaryRows = 0;
    for (const persona of report.personas) {
        for (const team of persona.teams) {
            for (const k of team.kpis.filter((x: any) => x.sellers > 0)) {
                const row = summary.find(r => r.persona === persona.id && r.team === team.id && r.kpi === k.id);
                const where = `${persona.id}/${team.id}/${k.id}`;
                expect(row, where).toBeDefined();
                expect([Number(row!.sellers), Number(row!.below_target), row!.systemic], where).toEqual([k.sellers, k.belowTarget, k.systemic]);
                expect(near(row!.median_actual, k.median) && near(row!.median_attainment, k.medianAttainment), where).toBe(true);
                summaryRows++;
            }
        }
        for (const kpi of persona.kpis) {
            const company = persona.sellers.map((s: any) => s.kpis.find((x: any) => x.id === kpi.id).company).find((c: any) => c.sellers > 0);
            if (!company) continue;
            const row = summary.find(r => r.persona === persona.id && r.team === null && r.kpi === kpi.id);
            expect(Number(row!.sellers)).toBe(company.sellers);
            expect(near(row!.median_actual, company.median) && near(row!.median_attainment, company.medianAttainment), `${persona.id}/${kpi.id}`).toBe(true);
            summaryRows++;
        }
    }
    // Every summary row is one of the report's: none left unmatched.
    expect(summary.length).toBe(summaryRows);
    return { rows: rows.length, summaryRows, maxRelativeDifference };
}

/** The cases every dialect must pass, inside the dialect's describe. */
export function parityCases(engine: () => SqlEngine): void {
    const compareWith = (models: Models, csv: string, window: Window, workingDays?: string[]) => compare(engine(), models, csv, window, workingDays);

    it('on the Direct Seller example, whole range and a window', async () => {
        const model = { 'model.wpcm': readFileSync(join(EXAMPLES, 'direct-seller.wpcm'), 'utf8') };
        const csv = join(EXAMPLES, 'direct-seller.actuals.csv');
        expect((await compareWith(model, csv, [null, null])).rows).toBe(70);
        expect((await compareWith(model, csv, ['2026-03-09', '2026-03-20'])).rows).toBeGreaterThan(50);
        expect((await compareWith(model, csv, ['2026-03-16', null])).rows).toBeGreaterThan(50);
    }, 60_000);

    it('on the hand-computed coaching data (unknown KPI, rows outside the window)', async () => {
        expect((await compareWith({ 'model.wpcm': MODEL }, COMPUTE_CSV, ['2026-03-02', '2026-03-13'])).rows).toBe(26);
        // ann's 50 + 70 calls over the 10 working days of 2 to 13 March, against a target of 10 per day.
        const rows = await engine().rows("SELECT actual, attainment FROM wpcm_attainment('2026-03-02', '2026-03-13') WHERE seller = 'ann' AND kpi = 'Calls'");
        expect(rows).toEqual([{ actual: 12, attainment: 120 }]);
    }, 60_000);

    it('on a tie for the latest team, broken by code-unit order as in JavaScript', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'ties.csv');
        writeFileSync(csv, TEAM_TIES_CSV);
        expect((await compareWith({ 'model.wpcm': MODEL }, csv, [null, null])).rows).toBe(2);
        expect(await engine().rows('SELECT seller, team, actual, attainment, working_days FROM wpcm_attainment(NULL, NULL)')).toEqual([
            { seller: 'sam', team: 'b', actual: 15, attainment: 150, working_days: 2 },
            { seller: 'zoe', team: 'a', actual: 10, attainment: 100, working_days: 2 }
        ]);
    }, 60_000);

    it('on working days that name a day twice: a week of two working days, and the script still loads', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'twice.csv');
        // 10 meetings on Monday 2 and 10 on Monday 9 March; working days Mon, Tue (Mon named twice): Mon 2, Tue 3, Mon 9
        // are 3 working days, 1.5 weeks of 2 days, so 20 / 1.5 = 13.33 meetings a week, 266.67 % of 5 (a week of 3 would say 20, 400 %).
        writeFileSync(csv, 'date,seller,team,kpi,value\n2026-03-02,ann,A,Meetings,10\n2026-03-09,ann,A,Meetings,10\n');
        const days = ['mon', 'tue', 'mon'];
        expect((await compareWith({ 'model.wpcm': MODEL }, csv, [null, null], days)).rows).toBe(1);
        const [row] = await engine().rows('SELECT actual, attainment, working_days FROM wpcm_attainment(NULL, NULL)');
        expect([close(row!.actual, 20 / 1.5), close(row!.attainment, 20 / 1.5 / 5 * 100), Number(row!.working_days)]).toEqual([true, true, 3]);
    }, 60_000);

    it('on names padded with tabs and no-break spaces, trimmed as wpcm coach trims them', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'padded.csv');
        // One seller ann of team A: 10 + 20 calls over Monday and Tuesday, 15 a day, 150 % of 10.
        writeFileSync(csv, 'date,seller,team,kpi,value\n2026-03-02,ann\t,A,Calls,10\n2026-03-03,\u00a0ann,A\u3000,\tCalls,20\n');
        expect((await compareWith({ 'model.wpcm': MODEL }, csv, [null, null])).rows).toBe(1);
        expect(await engine().rows('SELECT seller, team, actual, attainment FROM wpcm_attainment(NULL, NULL)')).toEqual([
            { seller: 'ann', team: 'A', actual: 15, attainment: 150 }
        ]);
    }, 60_000);

    it('on two models that each have a persona DirectSeller with a KPI Calls: rows tell them apart by title', async () => {
        const persona = (model: string, title: string) => `model "${model}"\nsystem CRM "Salesforce"\npersona DirectSeller "${title}" {\n`
            + '    motion Prospect "Prospect for leads" {\n        goal "Find leads."\n'
            + '        kpi Calls "Calls" { target >= 10 calls per day measured in CRM }\n    }\n}\n';
        const models = { 'emea.wpcm': persona('EMEA', 'Direct Seller EMEA'), 'us.wpcm': persona('US', 'Direct Seller US') };
        const csv = join(tempFolder('wpcm-sql-'), 'regions.csv');
        // Monday 2 March, one working day: ann 10 calls (100 %) in EMEA, bob 30 (300 %) in the US.
        writeFileSync(csv, 'date,seller,team,kpi,persona,value\n2026-03-02,ann,Paris,Calls,Direct Seller EMEA,10\n2026-03-02,bob,Boston,Calls,Direct Seller US,30\n');
        // wpcm_summary groups by the persona's name, so it would add the two personas up: only wpcm_attainment is compared.
        await load(engine(), models, csv);
        const report = await coachJson(models, csv, []);
        expect(report.personas.map((p: any) => [p.title, p.sellers.map((s: any) => [s.id, s.kpis[0].actual, s.kpis[0].attainment])])).toEqual([
            ['Direct Seller EMEA', [['ann', 10, 100]]], ['Direct Seller US', [['bob', 30, 300]]]
        ]);
        expect(await engine().rows('SELECT persona, seller, actual, attainment FROM wpcm_attainment(NULL, NULL)')).toEqual([
            { persona: 'DirectSeller', seller: 'ann', actual: 10, attainment: 100 },
            { persona: 'DirectSeller', seller: 'bob', actual: 30, attainment: 300 }
        ]);
        // The name fits both personas: not counted, as wpcm coach refuses the row.
        const ambiguous = join(tempFolder('wpcm-sql-'), 'ambiguous.csv');
        writeFileSync(ambiguous, 'date,seller,team,kpi,persona,value\n2026-03-02,ann,Paris,Calls,DirectSeller,10\n');
        await load(engine(), models, ambiguous);
        expect(await engine().rows('SELECT * FROM wpcm_attainment(NULL, NULL)')).toEqual([]);
    }, 60_000);

    it('on a same-day team tie between U+FF21 and an emoji: the greatest in code points, as the SQL sorts bytes', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'tie.csv');
        // U+1F600 > U+FF21 in code points (and UTF-8 bytes); in UTF-16 units its lead surrogate U+D83D sorts first.
        writeFileSync(csv, 'date,seller,team,kpi,value\n2026-03-02,ann,\uff21,Calls,10\n2026-03-02,ann,\u{1f600},Calls,10\n');
        expect((await compareWith({ 'model.wpcm': MODEL }, csv, [null, null])).rows).toBe(1);
        expect(await engine().rows('SELECT team, actual FROM wpcm_attainment(NULL, NULL)')).toEqual([{ team: '\u{1f600}', actual: 20 }]);
    }, 60_000);

    it('on a median of two actuals that nearly cancel: the two middle values added and halved, as wpcm coach does', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'cancel.csv');
        // Mean-form Cycle (days): -1234.567 and 1234.568. (a + b) / 2 = 0.0004999999999881766 in doubles;
        // interpolating a + (b - a) * 0.5 (percentile_cont) gives a number 2.3e-10 off in relative terms.
        writeFileSync(csv, 'date,seller,team,kpi,value\n2026-03-02,ann,A,Cycle,-1234.567\n2026-03-02,bob,A,Cycle,1234.568\n');
        expect((await compareWith({ 'model.wpcm': MODEL }, csv, [null, null])).maxRelativeDifference).toBe(0);
        const rows = await engine().rows("SELECT team, median_actual FROM wpcm_summary(NULL, NULL) WHERE kpi = 'Cycle'");
        expect(rows).toEqual([{ team: null, median_actual: 0.0004999999999881766 }, { team: 'A', median_actual: 0.0004999999999881766 }]);
    }, 60_000);

    it('on seeded random workloads with two personas, every target form and Saturdays', async () => {
        const models = { 'hunter.wpcm': RANDOM_MODEL, 'farmer.wpcm': FARMER_MODEL };
        for (const seed of [1, 2]) {
            const csv = join(tempFolder('wpcm-sql-'), 'random.csv');
            writeFileSync(csv, randomActuals(seed));
            expect((await compareWith(models, csv, [null, null])).rows).toBeGreaterThan(300);
            expect((await compareWith(models, csv, ['2026-02-09', '2026-03-06'], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).rows).toBeGreaterThan(300);
        }
    }, 120_000);
}
