/**
 * Grafana units for KPI targets. Grafana's own units where they exist
 * (percent, time, currency), so values scale and format as Grafana users
 * expect; otherwise a `suffix:` custom unit with the unit word the model uses.
 */
import type { Target } from './dashboard-schema.js';

const CURRENCIES: Record<string, string> = { '$': 'currencyUSD', '€': 'currencyEUR', '£': 'currencyGBP', '¥': 'currencyJPY' };

const TIME_UNITS: Record<string, string> = {
    second: 's', seconds: 's', minute: 'm', minutes: 'm', hour: 'h', hours: 'h', day: 'd', days: 'd'
};

/** What the count is per, as it reads after the unit: "per day", "per Lead". */
function perWords(target: Target): string | undefined {
    const per = target.period ?? target.perTerm;
    return per ? `per ${per}` : undefined;
}

export function grafanaUnit(target: Target | null): string {
    if (!target) return 'none';
    switch (target.kind) {
        case 'percent':
            return 'percent';
        case 'currency':
            return CURRENCIES[target.currency ?? ''] ?? `prefix:${target.currency ?? ''}`;
        case 'duration':
            return TIME_UNITS[(target.unit ?? '').toLowerCase()] ?? `suffix:${target.unit ?? ''}`;
        default: {
            const words = [target.unit, perWords(target)].filter(Boolean).join(' ');
            return words ? `suffix:${words}` : 'none';
        }
    }
}
