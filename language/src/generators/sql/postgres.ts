/**
 * The coaching numbers in PostgreSQL, for a warehouse: one script that
 * creates (if missing) the canonical table wpcm_actuals, (re)creates the
 * model's KPIs and targets (wpcm_kpis) and working days, and the functions
 *
 *   wpcm_attainment(from_date, to_date)  one row per persona, seller and KPI
 *   wpcm_summary(from_date, to_date)     team and company medians per KPI, systemic flags
 *
 * computing exactly what `wpcm coach` computes (language/src/coaching):
 * the same KPI resolution, default window, working days, actual forms,
 * attainment formulas (model/attainment.ts), medians and systemic rule.
 * Text comparisons use COLLATE "C" so ties break as in JavaScript.
 */
import type { Weekday } from '../../coaching/calendar.js';
import { WEEKDAYS, periodLength } from '../../coaching/calendar.js';
import type { Catalog } from '../../coaching/catalog.js';
import { SYSTEMIC_MIN_SELLERS, SYSTEMIC_SHARE } from '../../coaching/report.js';
import { MODE_OF } from '../../model/attainment.js';

/** A SQL string literal. */
export function sqlText(text: string): string {
    return `'${text.replace(/'/g, "''")}'`;
}

/** A double precision literal that reads back as the same JavaScript number. */
function sqlNumber(value: number | undefined): string {
    return value === undefined ? 'NULL' : `${String(value)}::double precision`;
}

function kpiRows(catalog: Catalog, workingDaysPerWeek: number): string[] {
    return catalog.personas.flatMap(p => p.kpis.map(k => {
        const m = k.measure;
        const values = [
            sqlText(p.id), sqlText(p.title), sqlText(k.id), sqlText(k.motion.id), String(k.motion.step), String(k.order),
            sqlText(m.form),
            m.form === 'rate' ? sqlNumber(periodLength(m.period, workingDaysPerWeek)) : 'NULL',
            m.form === 'ratio' ? sqlNumber(m.scale) : 'NULL',
            k.target ? sqlText(MODE_OF[k.target.comparison]) : 'NULL',
            sqlNumber(k.target?.value),
            sqlNumber(k.target?.upper ?? (k.target?.comparison === 'between' ? k.target.value : undefined))
        ];
        return `    (${values.join(', ')})`;
    }));
}

export function postgresScript(catalog: Catalog, workingDays: readonly Weekday[], header: string): string {
    const kpis = kpiRows(catalog, workingDays.length);
    const days = workingDays.map(d => `(${WEEKDAYS.indexOf(d)})`).join(', ');
    return `${header}
BEGIN;

CREATE TABLE IF NOT EXISTS wpcm_actuals (
    date date NOT NULL,
    seller text NOT NULL,
    team text NOT NULL,
    kpi text NOT NULL,
    value double precision,
    numerator double precision,
    denominator double precision,
    persona text
);
CREATE INDEX IF NOT EXISTS wpcm_actuals_date ON wpcm_actuals (date);

-- The model's KPIs: how an actual is formed (rate, ratio, mean) and the target's attainment mode.
DROP TABLE IF EXISTS wpcm_kpis CASCADE;
CREATE TABLE wpcm_kpis (
    persona text NOT NULL,
    persona_title text NOT NULL,
    kpi text NOT NULL,
    motion text NOT NULL,
    motion_step integer NOT NULL,
    kpi_order integer NOT NULL,
    form text NOT NULL,            -- rate: sum / (working days / period_length); ratio: sum(numerator) / sum(denominator) * scale, else mean; mean
    period_length double precision, -- working days in the target's period (rate only)
    scale double precision,         -- 100 for a percentage, 1 for a per-term target (ratio only)
    mode text,                      -- at-least, at-most, exact, band; NULL without a numeric target
    target double precision,
    upper double precision,         -- upper bound of a band
    PRIMARY KEY (persona, kpi)
);
${kpis.length > 0 ? `INSERT INTO wpcm_kpis VALUES\n${kpis.join(',\n')};` : '-- The model declares no KPIs.'}

-- Working days of the week (0 = Sunday), as coaching.workingDays in wpcm.config.json.
DROP TABLE IF EXISTS wpcm_working_days CASCADE;
CREATE TABLE wpcm_working_days (dow integer PRIMARY KEY);
INSERT INTO wpcm_working_days VALUES ${days};

CREATE OR REPLACE FUNCTION wpcm_working_days_between(from_date date, to_date date) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT count(*)::integer FROM generate_series(from_date, to_date, interval '1 day') AS d(day)
    WHERE extract(dow FROM d.day)::integer IN (SELECT dow FROM wpcm_working_days)
$$;

-- Attainment in percent, the formulas the dashboards state (model/attainment.ts).
CREATE OR REPLACE FUNCTION wpcm_attainment_of(mode text, target double precision, upper double precision, actual double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN mode IS NULL OR actual IS NULL THEN NULL
        WHEN mode = 'at-least' THEN CASE WHEN target = 0 THEN CASE WHEN actual >= 0 THEN 100 ELSE 0 END ELSE actual / target * 100 END
        WHEN mode = 'at-most' THEN CASE WHEN actual = 0 THEN 100 ELSE target / actual * 100 END
        WHEN mode = 'exact' THEN CASE WHEN actual = 0 OR target = 0 THEN CASE WHEN actual = target THEN 100 ELSE 0 END
                                     ELSE least(actual / target, target / actual) * 100 END
        WHEN mode = 'band' THEN CASE WHEN target <= actual AND actual <= upper THEN 100 ELSE 0 END
    END
$$;

-- One row per persona, seller and KPI with data in the window. A NULL bound is the data's first or last day.
-- A row names its KPI by name, and by persona (name, else title) too when the persona column is filled; rows for a KPI the
-- model does not declare (or a name several personas share, without a persona) are not counted.
DROP FUNCTION IF EXISTS wpcm_attainment(date, date) CASCADE;
CREATE FUNCTION wpcm_attainment(from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (
    persona text, seller text, team text, kpi text, motion text, motion_step integer, kpi_order integer,
    actual double precision, attainment double precision, rows bigint,
    window_from date, window_to date, working_days integer
)
LANGUAGE sql STABLE AS $$
    WITH src AS (
        SELECT a.date, trim(a.seller) AS seller, trim(a.team) AS team, k.persona, k.kpi,
               a.value, a.numerator, a.denominator
        FROM wpcm_actuals a
        JOIN wpcm_kpis k ON k.kpi = trim(a.kpi)
         AND (k.persona = nullif(trim(a.persona), '')
              -- by title only when no persona of this KPI has that name
              OR (k.persona_title = nullif(trim(a.persona), '')
                  AND NOT EXISTS (SELECT 1 FROM wpcm_kpis k3 WHERE k3.kpi = k.kpi AND k3.persona = trim(a.persona)))
              OR (nullif(trim(a.persona), '') IS NULL AND (SELECT count(*) FROM wpcm_kpis k2 WHERE k2.kpi = k.kpi) = 1))
    ),
    bounds AS (
        SELECT coalesce(from_date, (SELECT min(s.date) FROM src s WHERE to_date IS NULL OR s.date <= to_date)) AS f,
               coalesce(to_date, (SELECT max(s.date) FROM src s WHERE from_date IS NULL OR s.date >= from_date)) AS t
    ),
    win AS (
        -- A row's value: its value, else numerator / denominator (as the report's means use it).
        SELECT s.*, coalesce(s.value, CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL AND s.denominator <> 0
                                           THEN s.numerator / s.denominator END) AS v,
               (s.numerator IS NOT NULL AND s.denominator IS NOT NULL) AS has_ratio
        FROM src s, bounds b WHERE s.date BETWEEN b.f AND b.t
    ),
    wd AS (SELECT b.f, b.t, coalesce(wpcm_working_days_between(b.f, b.t), 0) AS n FROM bounds b),
    sums AS (
        SELECT w.persona, w.kpi, w.seller, count(*) AS rows,
               sum(w.v) AS value_sum, count(w.v) AS value_count,
               sum(w.numerator) FILTER (WHERE w.has_ratio) AS num_sum,
               sum(w.denominator) FILTER (WHERE w.has_ratio) AS den_sum,
               count(*) FILTER (WHERE w.has_ratio) AS ratio_rows
        FROM win w GROUP BY w.persona, w.kpi, w.seller
    ),
    teams AS (
        SELECT DISTINCT ON (w.seller) w.seller, w.team FROM win w
        ORDER BY w.seller, w.date DESC, w.team COLLATE "C" DESC
    ),
    actuals AS (
        SELECT s.persona, s.seller, tm.team, s.kpi, k.motion, k.motion_step, k.kpi_order, s.rows, k.mode, k.target, k.upper,
            CASE k.form
                WHEN 'rate' THEN CASE WHEN wd.n = 0 OR s.value_count = 0 THEN NULL ELSE s.value_sum / (wd.n::double precision / k.period_length) END
                WHEN 'ratio' THEN CASE
                    WHEN s.ratio_rows > 0 THEN CASE WHEN s.den_sum = 0 THEN NULL ELSE s.num_sum / s.den_sum * k.scale END
                    WHEN s.value_count > 0 THEN s.value_sum / s.value_count END
                ELSE CASE WHEN s.value_count > 0 THEN s.value_sum / s.value_count END
            END AS actual,
            wd.f, wd.t, wd.n
        FROM sums s
        JOIN wpcm_kpis k ON k.persona = s.persona AND k.kpi = s.kpi
        JOIN teams tm ON tm.seller = s.seller
        CROSS JOIN wd
    )
    SELECT a.persona, a.seller, a.team, a.kpi, a.motion, a.motion_step, a.kpi_order, a.actual,
           wpcm_attainment_of(a.mode, a.target, a.upper, a.actual), a.rows, a.f, a.t, a.n
    FROM actuals a
    ORDER BY a.persona COLLATE "C", a.seller COLLATE "C", a.kpi_order
$$;

-- Team and company (team IS NULL) per KPI: medians of the sellers' actuals and attainment, sellers with data,
-- sellers below 100 %, and whether the miss is systemic (at least ${SYSTEMIC_MIN_SELLERS} and at least ${SYSTEMIC_SHARE * 100} % of the team below).
DROP FUNCTION IF EXISTS wpcm_summary(date, date) CASCADE;
CREATE FUNCTION wpcm_summary(from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (
    persona text, team text, kpi text, motion text, median_actual double precision, median_attainment double precision,
    sellers bigint, below_target bigint, systemic boolean
)
LANGUAGE sql STABLE AS $$
    WITH a AS (SELECT * FROM wpcm_attainment(from_date, to_date) WHERE actual IS NOT NULL),
    grouped AS (
        SELECT a.persona, a.team, a.kpi, min(a.motion) AS motion,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY a.actual) AS median_actual,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY a.attainment) AS median_attainment,
               count(*) AS sellers,
               count(*) FILTER (WHERE a.attainment < 100) AS below_target,
               count(a.attainment) AS with_target
        FROM a GROUP BY GROUPING SETS ((a.persona, a.team, a.kpi), (a.persona, a.kpi))
    )
    SELECT g.persona, g.team, g.kpi, g.motion, g.median_actual, g.median_attainment, g.sellers, g.below_target,
           g.team IS NOT NULL AND g.below_target >= ${SYSTEMIC_MIN_SELLERS} AND g.below_target >= ${SYSTEMIC_SHARE} * g.with_target
    FROM grouped g
    ORDER BY g.persona COLLATE "C", g.team COLLATE "C" NULLS FIRST, g.kpi COLLATE "C"
$$;

COMMIT;
`;
}
