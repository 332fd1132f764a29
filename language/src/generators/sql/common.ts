/**
 * What every SQL dialect's script shares: literals, the canonical actuals
 * table, and the tables of the model's KPIs and working days. The column
 * types (text, integer, double precision) and statements are ones PostgreSQL
 * and DuckDB both accept.
 */
import type { Weekday } from '../../coaching/calendar.js';
import { WEEKDAYS, periodLength } from '../../coaching/calendar.js';
import type { Catalog } from '../../coaching/catalog.js';
import { MODE_OF } from '../../model/attainment.js';

/** A SQL string literal. */
export function sqlText(text: string): string {
    return `'${text.replace(/'/g, "''")}'`;
}

/** A double precision literal that reads back as the same JavaScript number. */
export function sqlNumber(value: number | undefined): string {
    return value === undefined ? 'NULL' : `${String(value)}::double precision`;
}

/** The canonical table of actuals, as the CSV of `wpcm coach --actuals` (issue 10, section 1). */
export const ACTUALS_TABLE = `CREATE TABLE IF NOT EXISTS wpcm_actuals (
    date date NOT NULL,
    seller text NOT NULL,
    team text NOT NULL,
    kpi text NOT NULL,
    value double precision,
    numerator double precision,
    denominator double precision,
    persona text
);`;

function kpiRows(catalog: Catalog, workingDaysPerWeek: number): string[] {
    return catalog.personas.flatMap(p => p.kpis.map(k => {
        const m = k.measure;
        const values = [
            String(k.index), sqlText(p.id), sqlText(p.title), sqlText(k.id), sqlText(k.motion.id), String(k.motion.step), String(k.order),
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

/** wpcm_kpis and wpcm_working_days, dropped and refilled from the model on every run of the script. */
export function modelTables(catalog: Catalog, workingDays: readonly Weekday[]): string {
    const kpis = kpiRows(catalog, workingDays.length);
    const days = workingDays.map(d => `(${WEEKDAYS.indexOf(d)})`).join(', ');
    return `-- The model's KPIs: how an actual is formed (rate, ratio, mean) and the target's attainment mode.
DROP TABLE IF EXISTS wpcm_kpis CASCADE;
CREATE TABLE wpcm_kpis (
    position integer PRIMARY KEY,   -- the KPI's place in the model; two models may each have a persona DirectSeller with a KPI WinRate
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
    upper double precision          -- upper bound of a band
);
${kpis.length > 0 ? `INSERT INTO wpcm_kpis VALUES\n${kpis.join(',\n')};` : '-- The model declares no KPIs.'}

-- Working days of the week (0 = Sunday), as coaching.workingDays in wpcm.config.json.
DROP TABLE IF EXISTS wpcm_working_days CASCADE;
CREATE TABLE wpcm_working_days (dow integer PRIMARY KEY);
INSERT INTO wpcm_working_days VALUES ${days};`;
}
