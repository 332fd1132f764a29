/** `wpcm generate sql` and `--datasource postgres` as users run them: options, exit codes, the KPI table. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample } from '../support/workspace.js';
import { runCli, tempFolder } from '../support/cli.js';

function workspace(): string {
    const dir = tempFolder('wpcm-gensql-');
    writeFileSync(join(dir, 'direct-seller.wpcm'), readExample('direct-seller.wpcm'));
    return dir;
}

describe('wpcm generate sql', () => {
    it('prints one PostgreSQL script with the model\'s KPIs, forms and targets', async () => {
        const run = await runCli(['generate', 'sql', 'direct-seller.wpcm', '--dialect', 'postgres', '--stdout'], workspace());
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const sql = run.stdout;
        expect(sql).toMatch(/^-- WPCM coaching numbers for PostgreSQL/);
        expect(sql).toContain('CREATE TABLE IF NOT EXISTS wpcm_actuals (');
        expect(sql).toContain('CREATE FUNCTION wpcm_attainment(from_date date DEFAULT NULL, to_date date DEFAULT NULL)');
        expect(sql).toContain('CREATE FUNCTION wpcm_summary(from_date date DEFAULT NULL, to_date date DEFAULT NULL)');
        expect(sql).toContain(`INSERT INTO wpcm_kpis VALUES
    ('DirectSeller', 'Direct Seller', 'Touches', 'Prospect', 1, 0, 'rate', 1::double precision, NULL, 'at-least', 60::double precision, NULL),
    ('DirectSeller', 'Direct Seller', 'NewOpportunities', 'Qualify', 2, 1, 'rate', 1::double precision, NULL, 'at-least', 1::double precision, NULL),
    ('DirectSeller', 'Direct Seller', 'DeckOpens', 'Present', 3, 2, 'ratio', NULL, 1::double precision, 'at-least', 1::double precision, NULL),
    ('DirectSeller', 'Direct Seller', 'DeckTime', 'Present', 3, 3, 'mean', NULL, NULL, NULL, NULL, NULL),
    ('DirectSeller', 'Direct Seller', 'TimeToClose', 'Close', 4, 4, 'mean', NULL, NULL, 'at-most', 90::double precision, NULL),
    ('DirectSeller', 'Direct Seller', 'WinRate', 'Close', 4, 5, 'ratio', NULL, 100::double precision, 'at-least', 75::double precision, NULL),
    ('DirectSeller', 'Direct Seller', 'Satisfaction', 'EnsureSuccess', 5, 6, 'mean', NULL, NULL, NULL, NULL, NULL);`);
        expect(sql).toContain('INSERT INTO wpcm_working_days VALUES (1), (2), (3), (4), (5);');
    });

    it('writes generated/sql/wpcm.postgres.sql, with the configured working days', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'wpcm.config.json'), JSON.stringify({ coaching: { workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'] } }));
        const run = await runCli(['generate', 'sql', 'direct-seller.wpcm', '--dialect', 'postgres'], dir);
        expect(run.stdout).toBe('wrote generated/sql/wpcm.postgres.sql\n');
        expect(run.code).toBe(0);
        expect(readFileSync(join(dir, 'generated/sql/wpcm.postgres.sql'), 'utf8')).toContain('INSERT INTO wpcm_working_days VALUES (0), (1), (2), (3), (4);');
    });

    it('refuses a missing or untested dialect and a model with errors', async () => {
        const dir = workspace();
        let run = await runCli(['generate', 'sql', 'direct-seller.wpcm'], dir);
        expect([run.code, run.stderr]).toEqual([2, 'wpcm: generate sql: say which SQL: --dialect postgres\n']);
        run = await runCli(['generate', 'sql', 'direct-seller.wpcm', '--dialect', 'duckdb'], dir);
        expect([run.code, run.stderr]).toEqual([2, "wpcm: --dialect must be one of postgres (got 'duckdb'); only dialects tested against a real engine are offered\n"]);
        writeFileSync(join(dir, 'bad.wpcm'), 'persona P "P" { }\n');
        run = await runCli(['generate', 'sql', 'bad.wpcm', '--dialect', 'postgres'], dir);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('Nothing was written');
        expect(existsSync(join(dir, 'generated'))).toBe(false);
    });

    it('takes --datasource only for Grafana dashboards', async () => {
        const dir = workspace();
        let run = await runCli(['generate', 'dashboard', 'direct-seller.wpcm', '--datasource', 'postgres'], dir);
        expect([run.code, run.stderr]).toEqual([2, 'wpcm: generate dashboard: --datasource is for --format grafana\n']);
        run = await runCli(['generate', 'dashboard', 'direct-seller.wpcm', '--format', 'grafana', '--datasource', 'mysql'], dir);
        expect([run.code, run.stderr]).toEqual([2, "wpcm: --datasource must be one of postgres (got 'mysql')\n"]);
        run = await runCli(['generate', 'dashboard', 'direct-seller.wpcm', '--format', 'grafana', '--datasource', 'postgres', '--stdout'], dir);
        expect(run.code).toBe(0);
        const [dashboard] = JSON.parse(run.stdout);
        const touches = dashboard.panels.find((p: { title: string }) => p.title === 'Touches to contacts');
        expect(touches.targets.map((t: { rawSql: string }) => t.rawSql)).toEqual([
            `SELECT actual AS "Individual" FROM wpcm_attainment($__timeFrom()::date, $__timeTo()::date) WHERE persona = 'DirectSeller' AND kpi = 'Touches' AND seller = \${seller:sqlstring}`,
            `SELECT median_actual AS "Team" FROM wpcm_summary($__timeFrom()::date, $__timeTo()::date) WHERE persona = 'DirectSeller' AND kpi = 'Touches' AND team = \${team:sqlstring}`,
            `SELECT median_actual AS "Company" FROM wpcm_summary($__timeFrom()::date, $__timeTo()::date) WHERE persona = 'DirectSeller' AND kpi = 'Touches' AND team IS NULL`
        ]);
        expect(dashboard.templating.list.map((v: { name: string; type: string }) => `${v.name}:${v.type}`)).toEqual(['seller:query', 'team:query']);
    });
});
