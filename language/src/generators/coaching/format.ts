/** Numbers in the coaching report as a manager reads them: rounded for display only (the JSON keeps them exact). */
import type { PersonaReport } from '../../coaching/report-schema.js';
import { withUnit } from '../../text/multiples.js';

type KpiInfo = PersonaReport['kpis'][number];

// One formatter per precision: toLocaleString builds one per call, which dominated 10,000-page reports.
// Made at the first number, not when the module loads: making them costs about 25 ms, and every
// `wpcm` command loads this module, most of them to format no number at all.
let formats: Intl.NumberFormat[] | undefined;

function format(value: number, digits: 0 | 1 | 2): string {
    formats ??= [0, 1, 2].map(d => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }));
    return formats[digits]!.format(value);
}

/** 1,234 / 62.5 / 0.85: fewer decimals as numbers grow. */
export function formatValue(value: number): string {
    const abs = Math.abs(value);
    return format(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `${format(value, 1)} %`;
}

/**
 * An actual as its target is written: "62.5 %", "48.2 touches", "104 days",
 * "$299,250" (the currency, as the target beside it has), "2.84x". The unit is
 * as written, not inflected: that needs the phrase lexicon, which the client
 * bundle (the preview) must not load.
 */
export function formatActual(value: number | null | undefined, kpi: KpiInfo): string {
    if (value === null || value === undefined) return 'no data';
    if (kpi.unit === '%') return `${formatValue(value)} %`;
    const unit = withUnit(`${kpi.currency ?? ''}${formatValue(value)}`, kpi.unit ?? undefined);
    return kpi.per ? `${unit} per ${kpi.per}` : unit;
}

export function formatRank(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `P${Math.round(value)}`;
}
