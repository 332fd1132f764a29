/**
 * The generated PostgreSQL script against a real engine: load the actuals with
 * COPY, run the script, and compare wpcm_attainment and wpcm_summary row by row
 * with `wpcm coach --format json` on the same data (relative difference < 1e-9).
 * Without PostgreSQL binaries the suite skips with a message, unless
 * WPCM_REQUIRE_POSTGRES=1 (set in .ci/run), where it fails.
 */
import { copyFileSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSql } from '../../language/src/generators/sql/index.js';
import { generateDashboards } from '../../language/src/generators/index.js';
import { inputOf } from '../generators/support.js';
import { runCli, tempFolder } from '../support/cli.js';
import { MODEL } from '../coaching/support.js';
import type { Cluster } from './pg-cluster.js';
import { postgresBin, startCluster } from './pg-cluster.js';
import { FARMER_MODEL, RANDOM_MODEL, randomActuals } from './datasets.js';

const BIN = postgresBin();
const REQUIRED = process.env.WPCM_REQUIRE_POSTGRES === '1';
if (!BIN && !REQUIRED) console.warn('tests/sql: PostgreSQL binaries not found (apt-get install postgresql); skipping the SQL tests.');

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const COMPUTE_CSV = readFileSync(new URL('./fixtures/compute.csv', import.meta.url), 'utf8');

interface SqlRow {
    persona: string; seller: string; team: string; kpi: string; motion: string;
    actual: number | null; attainment: number | null; rows: string;
    window_from: string | null; window_to: string | null; working_days: number;
}

function close(a: number | null | undefined, b: number | null | undefined): boolean {
    if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
    return a === b || Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 1e-9;
}

describe.skipIf(!BIN && !REQUIRED)('generated PostgreSQL matches wpcm coach', () => {
    let cluster: Cluster;
    let client: pg.Client;

    beforeAll(async () => {
        if (!BIN) throw new Error('WPCM_REQUIRE_POSTGRES=1 but no PostgreSQL binaries were found (apt-get install postgresql)');
        cluster = await startCluster(BIN);
        client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', database: 'postgres' });
        // Dates as text, so they compare with the report's ISO strings.
        client.setTypeParser?.(1082, (v: string) => v);
        await client.connect();
    }, 120_000);

    afterAll(async () => {
        await client?.end();
        cluster?.stop();
    });

    /** Fresh schema, generated script, actuals loaded with COPY (server-side, from the cluster's folder). */
    type Models = Record<string, string>;

    async function load(models: Models, csvPath: string, workingDays?: string[]): Promise<void> {
        await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
        const input = await inputOf(models);
        await client.query(generateSql(input, 'postgres', workingDays as never).content);
        const target = join(cluster.folder, 'actuals.csv');
        copyFileSync(csvPath, target);
        chmodSync(target, 0o644);
        const header = readFileSync(csvPath, 'utf8').split('\n', 1)[0]!.trim();
        await client.query(`COPY wpcm_actuals (${header}) FROM '${target}' WITH (FORMAT csv, HEADER true)`);
    }

    async function coachJson(models: Models, csvPath: string, args: string[], workingDays?: string[]) {
        const dir = tempFolder('wpcm-sql-');
        for (const [name, text] of Object.entries(models)) writeFileSync(join(dir, name), text);
        writeFileSync(join(dir, 'wpcm.config.json'), JSON.stringify(workingDays ? { coaching: { workingDays } } : {}));
        const run = await runCli(['coach', ...Object.keys(models), '--actuals', csvPath, '--format', 'json', '--stdout', ...args], dir);
        expect(run.code, run.stderr).toBe(0);
        return JSON.parse(run.stdout);
    }

    async function compare(models: Models, csvPath: string, window: [string | null, string | null], workingDays?: string[]): Promise<number> {
        await load(models, csvPath, workingDays);
        const args = [...(window[0] ? ['--from', window[0]] : []), ...(window[1] ? ['--to', window[1]] : [])];
        const report = await coachJson(models, csvPath, args, workingDays);
        const { rows } = await client.query<SqlRow>('SELECT * FROM wpcm_attainment($1, $2)', window);
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
            expect(close(row.actual, json.actual), where).toBe(true);
            expect(close(row.attainment, json.attainment), where).toBe(true);
            expect([row.window_from, row.window_to, row.working_days]).toEqual([report.window.from, report.window.to, report.window.workingDays]);
        }
        const summary = (await client.query('SELECT * FROM wpcm_summary($1, $2)', window)).rows;
        for (const persona of report.personas) {
            for (const team of persona.teams) {
                for (const k of team.kpis.filter((x: any) => x.sellers > 0)) {
                    const row = summary.find(r => r.persona === persona.id && r.team === team.id && r.kpi === k.id);
                    const where = `${persona.id}/${team.id}/${k.id}`;
                    expect(row, where).toBeDefined();
                    expect([Number(row.sellers), Number(row.below_target), row.systemic], where).toEqual([k.sellers, k.belowTarget, k.systemic]);
                    expect(close(row.median_actual, k.median) && close(row.median_attainment, k.medianAttainment), where).toBe(true);
                }
            }
            for (const kpi of persona.kpis) {
                const company = persona.sellers.map((s: any) => s.kpis.find((x: any) => x.id === kpi.id).company).find((c: any) => c.sellers > 0);
                if (!company) continue;
                const row = summary.find(r => r.persona === persona.id && r.team === null && r.kpi === kpi.id);
                expect(Number(row.sellers)).toBe(company.sellers);
                expect(close(row.median_actual, company.median) && close(row.median_attainment, company.medianAttainment), `${persona.id}/${kpi.id}`).toBe(true);
            }
        }
        return rows.length;
    }

    it('on the Direct Seller example, whole range and a window', async () => {
        const model = { 'model.wpcm': readFileSync(join(EXAMPLES, 'direct-seller.wpcm'), 'utf8') };
        const csv = join(EXAMPLES, 'direct-seller.actuals.csv');
        expect(await compare(model, csv, [null, null])).toBe(70);
        expect(await compare(model, csv, ['2026-03-09', '2026-03-20'])).toBeGreaterThan(50);
        expect(await compare(model, csv, ['2026-03-16', null])).toBeGreaterThan(50);
    }, 60_000);

    it('on the hand-computed coaching data (unknown KPI, rows outside the window)', async () => {
        const dir = tempFolder('wpcm-sql-');
        const csv = join(dir, 'compute.csv');
        writeFileSync(csv, COMPUTE_CSV);
        expect(await compare({ 'model.wpcm': MODEL }, csv, ['2026-03-02', '2026-03-13'])).toBe(26);
        const { rows } = await client.query("SELECT actual, attainment FROM wpcm_attainment('2026-03-02', '2026-03-13') WHERE seller = 'ann' AND kpi = 'Calls'");
        expect(rows).toEqual([{ actual: 12, attainment: 120 }]);
    }, 60_000);

    it('on seeded random workloads with two personas, every target form and Saturdays', async () => {
        for (const seed of [1, 2]) {
            const dir = tempFolder('wpcm-sql-');
            const csv = join(dir, 'random.csv');
            writeFileSync(csv, randomActuals(seed));
            expect(await compare({ 'hunter.wpcm': RANDOM_MODEL, 'farmer.wpcm': FARMER_MODEL }, csv, [null, null])).toBeGreaterThan(300);
            expect(await compare({ 'hunter.wpcm': RANDOM_MODEL, 'farmer.wpcm': FARMER_MODEL }, csv, ['2026-02-09', '2026-03-06'], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBeGreaterThan(300);
        }
    }, 120_000);

    it('answers every Grafana panel query (--datasource postgres) with the numbers of wpcm coach', async () => {
        const models = { 'model.wpcm': readFileSync(join(EXAMPLES, 'direct-seller.wpcm'), 'utf8') };
        const csv = join(EXAMPLES, 'direct-seller.actuals.csv');
        await load(models, csv);
        const report = await coachJson(models, csv, ['--from', '2026-03-02', '--to', '2026-03-31']);
        const [file] = generateDashboards(await inputOf(models), 'grafana', 'postgres');
        expect(file!.content).not.toMatch(/fill in/i);
        const dashboard = JSON.parse(file!.content);
        expect(dashboard.__inputs.map((i: any) => i.pluginId)).toEqual(['grafana-postgresql-datasource']);
        // As Grafana expands its macros and variables for March 2026, seller blake of team West.
        const expand = (sql: string) => sql
            .replaceAll('$__timeFrom()', "'2026-03-02T00:00:00Z'").replaceAll('$__timeTo()', "'2026-03-31T23:59:59Z'")
            .replaceAll('${seller:sqlstring}', "'blake'").replaceAll('${team:sqlstring}', "'West'");
        const variables = dashboard.templating.list;
        expect((await client.query(expand(variables[0].query))).rows.map((r: any) => r.seller)).toEqual(report.personas[0].sellers.map((s: any) => s.id));
        expect((await client.query(expand(variables[1].query))).rows.map((r: any) => r.team)).toEqual(['Central', 'East', 'West']);
        const blake = report.personas[0].sellers.find((s: any) => s.id === 'blake');
        const stats = dashboard.panels.filter((p: any) => p.type === 'stat');
        expect(stats).toHaveLength(7);
        for (const panel of stats) {
            const kpi = report.personas[0].kpis.find((k: any) => k.title === panel.title);
            const mine = blake.kpis.find((k: any) => k.id === kpi.id);
            const values = [];
            for (const t of panel.targets) values.push(Object.values((await client.query(expand(t.rawSql))).rows[0] ?? {})[0] ?? null);
            const expected = [mine.actual, mine.team.median, mine.company.median];
            expect(values.every((v, i) => close(v as number | null, expected[i])), `${panel.title}: ${values} vs ${expected}`).toBe(true);
        }
    }, 60_000);
});
