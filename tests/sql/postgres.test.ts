/**
 * The generated PostgreSQL script against a real engine: actuals loaded with
 * COPY, then the comparison with `wpcm coach` of compare.ts, and the Grafana
 * panel queries (--datasource postgres) answered on the same data.
 * Without PostgreSQL binaries the suite skips with a message, unless
 * WPCM_REQUIRE_POSTGRES=1 (set in .ci/run), where it fails.
 */
import { copyFileSync, chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDashboards } from '../../language/src/generators/index.js';
import { inputOf } from '../generators/support.js';
import type { SqlEngine } from './compare.js';
import { differentialCases } from './differential.js';
import { close, coachJson, EXAMPLES, load, parityCases } from './compare.js';
import type { Cluster } from './pg-cluster.js';
import { postgresBin, startCluster } from './pg-cluster.js';

const BIN = postgresBin();
const REQUIRED = process.env.WPCM_REQUIRE_POSTGRES === '1';
if (!BIN && !REQUIRED) console.warn('tests/sql: PostgreSQL binaries not found (apt-get install postgresql); skipping the SQL tests.');

describe.skipIf(!BIN && !REQUIRED)('generated PostgreSQL matches wpcm coach', () => {
    let cluster: Cluster;
    let client: pg.Client;

    /** Fresh schema, generated script, actuals loaded with COPY (server-side, from the cluster's folder). */
    const engine: SqlEngine = {
        dialect: 'postgres',
        async load(script, csvPath) {
            // A script that failed in the previous load leaves its transaction aborted: end it first.
            await client.query('ROLLBACK');
            await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
            await client.query(script);
            const target = join(cluster.folder, 'actuals.csv');
            copyFileSync(csvPath, target);
            chmodSync(target, 0o644);
            const header = readFileSync(csvPath, 'utf8').split('\n', 1)[0]!.trim();
            await client.query(`COPY wpcm_actuals (${header}) FROM '${target}' WITH (FORMAT csv, HEADER true)`);
        },
        async rows(sql) {
            return (await client.query(sql)).rows;
        }
    };

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

    parityCases(() => engine);
    differentialCases(() => engine);

    it('answers every Grafana panel query (--datasource postgres) with the numbers of wpcm coach', async () => {
        const models = { 'model.wpcm': readFileSync(join(EXAMPLES, 'direct-seller.wpcm'), 'utf8') };
        const csv = join(EXAMPLES, 'direct-seller.actuals.csv');
        await load(engine, models, csv);
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
