/**
 * Real queries for the Grafana dashboards (`--datasource postgres`): every
 * stat panel reads the functions of `wpcm generate sql` (wpcm_attainment for
 * the seller, wpcm_summary for the team median and the company median),
 * with the dashboard's time range as the window and the `seller` and `team`
 * variables filled from the data. Values are quoted by Grafana
 * (`${seller:sqlstring}`); model names by sqlText.
 */
import { sqlText } from './sql/common.js';

type Json = Record<string, unknown>;

export type GrafanaDatasourceKind = 'postgres';
export const GRAFANA_DATASOURCES: readonly GrafanaDatasourceKind[] = ['postgres'];

/** The window: Grafana's time range as dates (its macros expand to quoted timestamps). */
const WINDOW = '$__timeFrom()::date, $__timeTo()::date';

function target(refId: string, sql: string, datasource: Json | undefined): Json {
    return { refId, ...(datasource ? { datasource } : {}), editorMode: 'code', format: 'table', rawQuery: true, rawSql: sql };
}

/** A: the seller's actual; B: the team median; C: the company median (team IS NULL in wpcm_summary). */
export function postgresTargets(persona: string, kpi: string, datasource: Json | undefined): Json[] {
    const where = `persona = ${sqlText(persona)} AND kpi = ${sqlText(kpi)}`;
    return [
        target('A', `SELECT actual AS "Individual" FROM wpcm_attainment(${WINDOW}) WHERE ${where} AND seller = \${seller:sqlstring}`, datasource),
        target('B', `SELECT median_actual AS "Team" FROM wpcm_summary(${WINDOW}) WHERE ${where} AND team = \${team:sqlstring}`, datasource),
        target('C', `SELECT median_actual AS "Company" FROM wpcm_summary(${WINDOW}) WHERE ${where} AND team IS NULL`, datasource)
    ];
}

function variable(name: string, label: string, sql: string, datasource: Json | undefined): Json {
    return {
        type: 'query', name, label, ...(datasource ? { datasource } : {}),
        query: sql, definition: sql,
        // 2: refresh when the time range changes, so the list follows the window.
        refresh: 2, sort: 1, includeAll: false, multi: false, hide: 0, current: {}, options: []
    };
}

/** The `seller` and `team` variables, listing who has data for the persona in the dashboard's window. */
export function postgresVariables(persona: string, datasource: Json | undefined): Json[] {
    const from = `FROM wpcm_attainment(${WINDOW}) WHERE persona = ${sqlText(persona)}`;
    return [
        variable('seller', 'Seller', `SELECT DISTINCT seller ${from} ORDER BY 1`, datasource),
        variable('team', 'Team', `SELECT DISTINCT team ${from} ORDER BY 1`, datasource)
    ];
}

/** Every panel of a warehouse dashboard reads the one database `wpcm generate sql` set up; import asks which. */
export const POSTGRES_DATASOURCE: Json = { type: 'grafana-postgresql-datasource', uid: '${DS_WPCM}' };

export const POSTGRES_INPUTS: Json[] = [{
    name: 'DS_WPCM', label: 'WPCM warehouse (PostgreSQL)', description: 'The database where `wpcm generate sql` created wpcm_actuals',
    type: 'datasource', pluginId: 'grafana-postgresql-datasource', pluginName: 'PostgreSQL'
}];

/** Panel descriptions and the summary say where the numbers come from (no "$": Grafana would interpolate it). */
export const WAREHOUSE_QUERIES = 'Queries: A the seller (variable `seller`), B the team median (variable `team`), C the company median, '
    + 'from wpcm_attainment and wpcm_summary (`wpcm generate sql`) over the dashboard time range.';
export const WAREHOUSE_SUMMARY = '**Data:** every panel queries the functions `wpcm generate sql` creates (wpcm_attainment, wpcm_summary) '
    + 'in the PostgreSQL database chosen at import, with the time range as the coaching window; load actuals into wpcm_actuals.';
