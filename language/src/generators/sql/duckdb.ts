/**
 * The coaching numbers in DuckDB: the same tables as the PostgreSQL script
 * and the same computation (queries.ts), as macros instead of functions:
 *
 *   wpcm_attainment(from_date, to_date)  table macro, one row per persona, seller and KPI
 *   wpcm_summary(from_date, to_date)     table macro, team and company medians per KPI, systemic flags
 *
 * Macro parameters have no type, so the bounds are cast to date where they
 * are used: a caller may pass '2026-03-01', a date or NULL. Names compare
 * as bytes only under the default collation: with SET default_collation =
 * 'nocase', sellers 'Ann' and 'ann' would be one. Tested with DuckDB 1.5
 * (tests/sql/duckdb.test.ts).
 */
import type { Weekday } from '../../coaching/calendar.js';
import type { Catalog } from '../../coaching/catalog.js';
import { ACTUALS_TABLE, modelTables } from './common.js';
import {
    ATTAINMENT_COMMENT, ATTAINMENT_FORMULA, ATTAINMENT_OF_COMMENT, attainmentQuery, SUMMARY_COMMENT, SUMMARY_QUERY, WORKING_DAYS_BETWEEN
} from './queries.js';

export function duckdbScript(catalog: Catalog, workingDays: readonly Weekday[], header: string): string {
    // No index on wpcm_actuals(date): DuckDB's per-block min/max already skips
    // blocks outside the window, and an ART index would only slow loading.
    return `${header}
BEGIN;

${ACTUALS_TABLE}

${modelTables(catalog, workingDays)}

CREATE OR REPLACE MACRO wpcm_working_days_between(from_date, to_date) AS (
    ${WORKING_DAYS_BETWEEN}
);

${ATTAINMENT_OF_COMMENT}
CREATE OR REPLACE MACRO wpcm_attainment_of(mode, target, upper, actual) AS
    ${ATTAINMENT_FORMULA};

${ATTAINMENT_COMMENT}
CREATE OR REPLACE MACRO wpcm_attainment(from_date := NULL, to_date := NULL) AS TABLE
    ${attainmentQuery('CAST(from_date AS date)', 'CAST(to_date AS date)')};

${SUMMARY_COMMENT}
CREATE OR REPLACE MACRO wpcm_summary(from_date := NULL, to_date := NULL) AS TABLE
    ${SUMMARY_QUERY};

COMMIT;
`;
}
