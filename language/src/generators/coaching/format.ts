/** Numbers in the coaching report as a manager reads them: rounded for display only (the JSON keeps them exact). */
import type { PersonaReport } from '../../coaching/report-schema.js';

type KpiInfo = PersonaReport['kpis'][number];

// One formatter per precision: toLocaleString builds one per call, which dominated 10,000-page reports.
const FORMATS = [0, 1, 2].map(digits => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** 1,234 / 62.5 / 0.85: fewer decimals as numbers grow. */
export function formatValue(value: number): string {
    const abs = Math.abs(value);
    return FORMATS[abs >= 100 ? 0 : abs >= 10 ? 1 : 2]!.format(value);
}

export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `${FORMATS[1]!.format(value)} %`;
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
