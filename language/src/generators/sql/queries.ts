/**
 * The coaching computation in SQL, written once in the subset PostgreSQL and
 * DuckDB run alike (FILTER, DISTINCT ON, percentile_disc WITHIN GROUP,
 * GROUPING SETS, generate_series over dates, extract(dow)). Each dialect wraps
 * these bodies in its own functions or macros (postgres.ts, duckdb.ts), so
 * both compute exactly what `wpcm coach` computes (language/src/coaching):
 * the same KPI resolution, default window, working days, actual forms,
 * attainment formulas (model/attainment.ts), medians and systemic rule.
 * Orderings use COLLATE "C" (byte order in both engines, whatever the
 * database's default collation) so ties break as in JavaScript; equality
 * (names, grouping) is byte-wise under PostgreSQL's deterministic collations
 * and DuckDB's default one.
 */
import { TRIMMED_CHARACTERS } from '../../coaching/canonical.js';
import { SYSTEMIC_MIN_SELLERS, SYSTEMIC_SHARE } from '../../coaching/report.js';

/** A text expression trimmed as wpcm coach trims a field (String.prototype.trim); chr() is the same in both engines. */
function trimmed(expression: string): string {
    return `trim(BOTH ${TRIMMED_CHARACTERS.map(c => `chr(${c})`).join(' || ')} FROM ${expression})`;
}

/** Working days from from_date to to_date, both included. */
export const WORKING_DAYS_BETWEEN = `SELECT count(*)::integer FROM generate_series(from_date, to_date, interval '1 day') AS d(day)
    WHERE extract(dow FROM d.day)::integer IN (SELECT dow FROM wpcm_working_days)`;

export const ATTAINMENT_OF_COMMENT = '-- Attainment in percent, the formulas the dashboards state (model/attainment.ts).';

/** The attainment of (mode, target, upper, actual), an expression. */
export const ATTAINMENT_FORMULA = `CASE
        WHEN mode IS NULL OR actual IS NULL THEN NULL
        WHEN mode = 'at-least' THEN CASE WHEN target = 0 THEN CASE WHEN actual >= 0 THEN 100 ELSE 0 END ELSE actual / target * 100 END
        WHEN mode = 'at-most' THEN CASE WHEN actual = 0 THEN 100 ELSE target / actual * 100 END
        WHEN mode = 'exact' THEN CASE WHEN actual = 0 OR target = 0 THEN CASE WHEN actual = target THEN 100 ELSE 0 END
                                     ELSE least(actual / target, target / actual) * 100 END
        WHEN mode = 'band' THEN CASE WHEN target <= actual AND actual <= upper THEN 100 ELSE 0 END
    END`;

export const ATTAINMENT_COMMENT = `-- One row per persona, seller and KPI with data in the window. A NULL bound is the data's first or last day.
-- A row names its KPI by name, and by persona (name, else title) too when the persona column is filled; rows for a KPI the
-- model does not declare, or that fit several (a name several personas share, without a persona), are not counted.`;

/**
 * wpcm_attainment's body; `from` and `to` are the window's bounds as date
 * expressions (NULL for the data's first or last day).
 */
export function attainmentQuery(from: string, to: string): string {
    return `WITH raw AS (
        -- Names trimmed of the whitespace wpcm coach trims (tabs, no-break spaces too); an empty persona is none.
        SELECT a.date, ${trimmed('a.seller')} AS seller, ${trimmed('a.team')} AS team, ${trimmed('a.kpi')} AS kpi,
               nullif(${trimmed('a.persona')}, '') AS persona, a.value, a.numerator, a.denominator
        FROM wpcm_actuals a
    ),
    keys AS (
        -- How rows name each KPI, where the name fits exactly one: by KPI name alone (named false), by persona name, or by
        -- persona title when no persona of that name declares the KPI. A name that fits several (a KPI two personas
        -- declare, two models' personas DirectSeller) has no key, so its rows are not counted (wpcm coach refuses them).
        SELECT kpi, false AS named, '' AS persona_key, min(position) AS position FROM wpcm_kpis GROUP BY kpi HAVING count(*) = 1
        UNION ALL
        SELECT kpi, true, persona, min(position) FROM wpcm_kpis GROUP BY kpi, persona HAVING count(*) = 1
        UNION ALL
        SELECT k.kpi, true, k.persona_title, min(k.position) FROM wpcm_kpis k
        WHERE NOT EXISTS (SELECT 1 FROM wpcm_kpis k2 WHERE k2.kpi = k.kpi AND k2.persona = k.persona_title)
        GROUP BY k.kpi, k.persona_title HAVING count(*) = 1
    ),
    src AS (
        SELECT r.date, r.seller, r.team, k.position, r.value, r.numerator, r.denominator
        FROM raw r
        JOIN keys k ON k.kpi = r.kpi AND k.named = (r.persona IS NOT NULL) AND k.persona_key = coalesce(r.persona, '')
    ),
    bounds AS (
        SELECT coalesce(${from}, (SELECT min(s.date) FROM src s WHERE ${to} IS NULL OR s.date <= ${to})) AS f,
               coalesce(${to}, (SELECT max(s.date) FROM src s WHERE ${from} IS NULL OR s.date >= ${from})) AS t
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
        SELECT w.position, w.seller, count(*) AS rows,
               sum(w.v) AS value_sum, count(w.v) AS value_count,
               sum(w.numerator) FILTER (WHERE w.has_ratio) AS num_sum,
               sum(w.denominator) FILTER (WHERE w.has_ratio) AS den_sum,
               count(*) FILTER (WHERE w.has_ratio) AS ratio_rows
        FROM win w GROUP BY w.position, w.seller
    ),
    teams AS (
        SELECT DISTINCT ON (w.seller) w.seller, w.team FROM win w
        ORDER BY w.seller, w.date DESC, w.team COLLATE "C" DESC
    ),
    actuals AS (
        SELECT k.persona, s.seller, tm.team, k.kpi, k.motion, k.motion_step, k.kpi_order, s.rows, k.mode, k.target, k.upper,
            CASE k.form
                WHEN 'rate' THEN CASE WHEN wd.n = 0 OR s.value_count = 0 THEN NULL ELSE s.value_sum / (wd.n::double precision / k.period_length) END
                WHEN 'ratio' THEN CASE
                    WHEN s.ratio_rows > 0 THEN CASE WHEN s.den_sum = 0 THEN NULL ELSE s.num_sum / s.den_sum * k.scale END
                    WHEN s.value_count > 0 THEN s.value_sum / s.value_count END
                ELSE CASE WHEN s.value_count > 0 THEN s.value_sum / s.value_count END
            END AS actual,
            wd.f, wd.t, wd.n
        FROM sums s
        JOIN wpcm_kpis k ON k.position = s.position
        JOIN teams tm ON tm.seller = s.seller
        CROSS JOIN wd
    )
    SELECT a.persona, a.seller, a.team, a.kpi, a.motion, a.motion_step, a.kpi_order, a.actual,
           wpcm_attainment_of(a.mode, a.target, a.upper, a.actual) AS attainment, a.rows,
           a.f AS window_from, a.t AS window_to, a.n AS working_days
    FROM actuals a
    ORDER BY a.persona COLLATE "C", a.seller COLLATE "C", a.kpi_order`;
}

export const SUMMARY_COMMENT = `-- Team and company (team IS NULL) per KPI: medians of the sellers' actuals and attainment, sellers with data,
-- sellers below 100 %, and whether the miss is systemic (at least ${SYSTEMIC_MIN_SELLERS} and at least ${SYSTEMIC_SHARE * 100} % of the team below).`;

/**
 * The median as wpcm coach computes it (stats.ts): the middle value, or the
 * two middle values added and halved. percentile_cont interpolates as
 * low + (high - low) * 0.5, which rounds differently: for -1234.567 and
 * 1234.568 it was 2.3e-10 off in relative terms, and more the closer the two
 * cancel. percentile_disc gives the lower middle value ascending and the upper
 * one descending (both the middle one for an odd count).
 */
function median(expression: string): string {
    return `(percentile_disc(0.5) WITHIN GROUP (ORDER BY ${expression}) + percentile_disc(0.5) WITHIN GROUP (ORDER BY ${expression} DESC)) / 2`;
}

/** wpcm_summary's body, over wpcm_attainment(from_date, to_date). */
export const SUMMARY_QUERY = `WITH a AS (SELECT * FROM wpcm_attainment(from_date, to_date) WHERE actual IS NOT NULL),
    grouped AS (
        SELECT a.persona, a.team, a.kpi, min(a.motion) AS motion,
               ${median('a.actual')} AS median_actual,
               ${median('a.attainment')} AS median_attainment,
               count(*) AS sellers,
               count(*) FILTER (WHERE a.attainment < 100) AS below_target,
               count(a.attainment) AS with_target
        FROM a GROUP BY GROUPING SETS ((a.persona, a.team, a.kpi), (a.persona, a.kpi))
    )
    SELECT g.persona, g.team, g.kpi, g.motion, g.median_actual, g.median_attainment, g.sellers, g.below_target,
           g.team IS NOT NULL AND g.below_target >= ${SYSTEMIC_MIN_SELLERS} AND g.below_target >= ${SYSTEMIC_SHARE} * g.with_target AS systemic
    FROM grouped g
    ORDER BY g.persona COLLATE "C", g.team COLLATE "C" NULLS FIRST, g.kpi COLLATE "C"`;
