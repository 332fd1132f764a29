/**
 * The generated DuckDB script against the real engine, in-process
 * (@duckdb/node-api): a fresh in-memory database per load, actuals loaded
 * with the command the script's header gives, then the comparison with
 * `wpcm coach` of compare.ts.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlText } from '../../language/src/generators/sql/common.js';
import { generateSql } from '../../language/src/generators/sql/index.js';
import { MODEL } from '../coaching/support.js';
import { inputOf } from '../generators/support.js';
import { tempFolder } from '../support/cli.js';
import type { SqlEngine } from './compare.js';
import { differentialCases } from './differential.js';
import { EXAMPLES, load, parityCases, TEAM_TIES_CSV } from './compare.js';

const DIRECT_SELLER = { 'model.wpcm': readFileSync(`${EXAMPLES}direct-seller.wpcm`, 'utf8') };

let instance: DuckDBInstance | undefined;
let connection: DuckDBConnection | undefined;

function disconnect(): void {
    connection?.closeSync();
    instance?.closeSync();
}

/** The header's example load command, for this CSV: what the header says must work. */
function loadCommand(script: string, csvPath: string): string {
    const command = /^-- Load actuals into wpcm_actuals \(e\.g\. (.*)\),$/m.exec(script)?.[1];
    expect(command, 'the header shows how to load the CSV').toContain("'actuals.csv'");
    return command!.replace("'actuals.csv'", sqlText(csvPath));
}

const engine: SqlEngine = {
    dialect: 'duckdb',
    async load(script, csvPath) {
        disconnect();
        instance = await DuckDBInstance.create(':memory:');
        connection = await instance.connect();
        await connection.run(script);
        await connection.run(loadCommand(script, csvPath));
    },
    async rows(sql) {
        // JSON values: DOUBLE as number, DATE as 'YYYY-MM-DD', BIGINT as text.
        return (await connection!.runAndReadAll(sql)).getRowObjectsJson() as Record<string, any>[];
    }
};

describe('generated DuckDB matches wpcm coach', () => {
    afterAll(disconnect);

    parityCases(() => engine);
    differentialCases(() => engine);

    it('types the macros\' columns as the PostgreSQL functions do', async () => {
        await load(engine, DIRECT_SELLER, `${EXAMPLES}direct-seller.actuals.csv`);
        const columns = async (macro: string) => (await engine.rows(`DESCRIBE SELECT * FROM ${macro}(NULL, NULL)`)).map(r => `${r.column_name} ${r.column_type}`);
        expect(await columns('wpcm_attainment')).toEqual([
            'persona VARCHAR', 'seller VARCHAR', 'team VARCHAR', 'kpi VARCHAR', 'motion VARCHAR', 'motion_step INTEGER', 'kpi_order INTEGER',
            'actual DOUBLE', 'attainment DOUBLE', 'rows BIGINT', 'window_from DATE', 'window_to DATE', 'working_days INTEGER'
        ]);
        expect(await columns('wpcm_summary')).toEqual([
            'persona VARCHAR', 'team VARCHAR', 'kpi VARCHAR', 'motion VARCHAR', 'median_actual DOUBLE', 'median_attainment DOUBLE',
            'sellers BIGINT', 'below_target BIGINT', 'systemic BOOLEAN'
        ]);
    });

    it('runs again over a database that has actuals: keeps them, refreshes the KPIs and macros', async () => {
        const script = generateSql(await inputOf(DIRECT_SELLER), 'duckdb').content;
        await engine.load(script, `${EXAMPLES}direct-seller.actuals.csv`);
        const before = await engine.rows('SELECT * FROM wpcm_attainment(NULL, NULL)');
        await connection!.run(script);
        expect(await engine.rows('SELECT count(*)::integer AS n FROM wpcm_actuals')).toEqual([{ n: 732 }]);
        expect(await engine.rows('SELECT * FROM wpcm_attainment(NULL, NULL)')).toEqual(before);
        expect(before).toHaveLength(70);
    });

    it('loads the CSV with the header\'s command: columns in any order, text kept as text', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'reordered.csv');
        // Columns in another order than the table's; team 007 is text, the empty persona NULL.
        writeFileSync(csv, 'kpi,value,team,seller,date,persona\nCalls,20,007,ann,2026-03-02,\nCalls,10,007,ann,2026-03-03,\n');
        await load(engine, { 'model.wpcm': MODEL }, csv);
        expect(await engine.rows('SELECT seller, team, persona, value FROM wpcm_actuals ORDER BY date')).toEqual([
            { seller: 'ann', team: '007', persona: null, value: 20 }, { seller: 'ann', team: '007', persona: null, value: 10 }
        ]);
        // 30 calls over Monday and Tuesday: 15 a day, 150 % of 10.
        expect(await engine.rows('SELECT team, actual, attainment FROM wpcm_attainment(NULL, NULL)')).toEqual([{ team: '007', actual: 15, attainment: 150 }]);
    });

    it('breaks team ties in byte order even when the connection collates case-insensitively', async () => {
        const csv = join(tempFolder('wpcm-sql-'), 'ties.csv');
        writeFileSync(csv, TEAM_TIES_CSV);
        await load(engine, { 'model.wpcm': MODEL }, csv);
        // Under NOCASE, 'C' > 'b' and 'B' > 'a': without COLLATE "C" the teams would flip.
        await engine.rows("SET default_collation = 'nocase'");
        expect(await engine.rows('SELECT seller, team FROM wpcm_attainment(NULL, NULL)')).toEqual([
            { seller: 'sam', team: 'b' }, { seller: 'zoe', team: 'a' }
        ]);
    });
});
