/**
 * The coaching numbers in PostgreSQL, for a warehouse: one script, in one
 * transaction, that creates (if missing) the canonical table wpcm_actuals,
 * (re)creates the model's KPIs and targets (wpcm_kpis) and working days, and
 * the SQL functions
 *
 *   wpcm_attainment(from_date, to_date)  one row per persona, seller and KPI
 *   wpcm_summary(from_date, to_date)     team and company medians per KPI, systemic flags
 *
 * around the computation both dialects share (queries.ts).
 */
import type { Weekday } from '../../coaching/calendar.js';
import type { Catalog } from '../../coaching/catalog.js';
import { ACTUALS_TABLE, modelTables } from './common.js';
import {
    ATTAINMENT_COMMENT, ATTAINMENT_FORMULA, ATTAINMENT_OF_COMMENT, attainmentQuery, SUMMARY_COMMENT, SUMMARY_QUERY, WORKING_DAYS_BETWEEN
} from './queries.js';

export function postgresScript(catalog: Catalog, workingDays: readonly Weekday[], header: string): string {
    return `${header}
BEGIN;

${ACTUALS_TABLE}
CREATE INDEX IF NOT EXISTS wpcm_actuals_date ON wpcm_actuals (date);

${modelTables(catalog, workingDays)}

CREATE OR REPLACE FUNCTION wpcm_working_days_between(from_date date, to_date date) RETURNS integer
LANGUAGE sql STABLE AS $$
    ${WORKING_DAYS_BETWEEN}
$$;

${ATTAINMENT_OF_COMMENT}
CREATE OR REPLACE FUNCTION wpcm_attainment_of(mode text, target double precision, upper double precision, actual double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT ${ATTAINMENT_FORMULA}
$$;

${ATTAINMENT_COMMENT}
DROP FUNCTION IF EXISTS wpcm_attainment(date, date) CASCADE;
CREATE FUNCTION wpcm_attainment(from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (
    persona text, seller text, team text, kpi text, motion text, motion_step integer, kpi_order integer,
    actual double precision, attainment double precision, rows bigint,
    window_from date, window_to date, working_days integer
)
LANGUAGE sql STABLE AS $$
    ${attainmentQuery('from_date', 'to_date')}
$$;

${SUMMARY_COMMENT}
DROP FUNCTION IF EXISTS wpcm_summary(date, date) CASCADE;
CREATE FUNCTION wpcm_summary(from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (
    persona text, team text, kpi text, motion text, median_actual double precision, median_attainment double precision,
    sellers bigint, below_target bigint, systemic boolean
)
LANGUAGE sql STABLE AS $$
    ${SUMMARY_QUERY}
$$;

COMMIT;
`;
}
