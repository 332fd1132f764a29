/** Numbers in the coaching report as a manager reads them: rounded for display only (the JSON keeps them exact). */
import type { PersonaReport } from '../../coaching/report-schema.js';

type KpiInfo = PersonaReport['kpis'][number];

/** 1,234 / 62.5 / 0.85: fewer decimals as numbers grow. */
export function formatValue(value: number): string {
    const abs = Math.abs(value);
    const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    const rounded = Number(value.toFixed(digits));
    return rounded.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `${Number(value.toFixed(1)).toLocaleString('en-US')} %`;
}

/** An actual with the KPI's unit: "62.5 %", "48.2 touches", "104 days". */
export function formatActual(value: number | null | undefined, kpi: KpiInfo): string {
    if (value === null || value === undefined) return 'no data';
    if (kpi.unit === '%') return `${formatValue(value)} %`;
    const unit = kpi.unit ? `${formatValue(value)} ${kpi.unit}` : formatValue(value);
    return kpi.per ? `${unit} per ${kpi.per}` : unit;
}

export function formatRank(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `P${Math.round(value)}`;
}
