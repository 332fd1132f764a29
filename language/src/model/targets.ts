/**
 * What a KPI target means: its numbers, its kind and how to say it in words.
 * Validators, hovers and generators all read targets through this module.
 */
import type { Kpi, NumericTarget, Quantity } from '../generated/ast.js';
import { isNumericTarget } from '../generated/ast.js';
import { unitAfter } from '../text/units.js';

export type Comparison = '>=' | '<=' | '=' | '>' | '<' | 'between';

/** percent: 75 %; currency: $10k; duration: 90 days; count: 60 touches, 1 Opportunity, a score (4.5) or a multiple (3x). */
export type TargetKind = 'percent' | 'currency' | 'duration' | 'count';

export interface TargetValue {
    comparison: Comparison;
    value: number;
    /** Upper bound, for `between` only. */
    upper?: number;
    kind: TargetKind;
    /** Currency symbol as written, e.g. "$". */
    currency?: string;
    /** Unit word as written ("touches", "days"); "%" for percentages. */
    unit?: string;
    period?: string;
    /** Name of the term the target is counted per ("per Lead"). */
    perTerm?: string;
}

const DURATION_UNITS = new Set([
    'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
    'month', 'months', 'quarter', 'quarters', 'year', 'years', 'business-days', 'workdays'
]);

const MULTIPLIERS: Record<string, number> = { k: 1_000, K: 1_000, M: 1_000_000 };

/** The number a quantity stands for: "1,000" -> 1000, "10k" -> 10000, "1.5M" -> 1500000. */
export function quantityValue(quantity: Quantity): number {
    // A recovered parse may leave the amount out; it reads as NaN, never as a crash.
    const text = quantity?.amount ?? '';
    const suffix = text.slice(-1);
    const multiplier = MULTIPLIERS[suffix];
    const digits = (multiplier ? text.slice(0, -1) : text).replaceAll(',', '');
    return Number(digits) * (multiplier ?? 1);
}

function normalizeComparator(comparator: string | undefined): Comparison {
    switch (comparator) {
        case '≥': return '>=';
        case '≤': return '<=';
        case '>=': case '<=': case '=': case '>': case '<': return comparator;
        default: return '=';
    }
}

function kindOf(target: NumericTarget): TargetKind {
    if (target.value?.percent || target.upper?.percent) return 'percent';
    if (target.value?.currency || target.upper?.currency) return 'currency';
    if (target.unit && DURATION_UNITS.has(target.unit.toLowerCase())) return 'duration';
    return 'count';
}

/** The target of a KPI as data, or undefined when it has none or a quoted (non-numeric) one. */
export function targetValue(target: NumericTarget): TargetValue;
export function targetValue(target: Kpi['target']): TargetValue | undefined;
export function targetValue(target: Kpi['target']): TargetValue | undefined {
    if (!isNumericTarget(target)) return undefined;
    const kind = kindOf(target);
    const result: TargetValue = {
        comparison: target.between ? 'between' : normalizeComparator(target.comparator),
        value: quantityValue(target.value),
        kind
    };
    if (target.between && target.upper) result.upper = quantityValue(target.upper);
    const currency = target.value?.currency ?? target.upper?.currency;
    if (currency) result.currency = currency;
    if (kind === 'percent') result.unit = '%';
    else if (target.unit) result.unit = target.unit;
    if (target.per?.period) result.period = target.per.period;
    else if (target.per?.term) result.perTerm = target.per.term.$refText;
    return result;
}

const COMPARISON_WORDS: Record<Exclude<Comparison, 'between'>, string> = {
    '>=': 'at least', '<=': 'at most', '=': 'exactly', '>': 'more than', '<': 'less than'
};

/** A plain number as people write it: 60, 2.5, 10,000. */
export function formatNumber(value: number): string {
    return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

function formatAmount(value: number, target: TargetValue): string {
    const number = `${target.currency ?? ''}${formatNumber(value)}`;
    return target.kind === 'percent' ? `${number} %` : number;
}

/** "at least 60 touches per day", "between 20 % and 30 %", "at most 90 days". */
export function describeTarget(target: TargetValue): string {
    const amount = target.comparison === 'between'
        ? `between ${formatAmount(target.value, target)} and ${formatAmount(target.upper ?? target.value, target)}`
        : `${COMPARISON_WORDS[target.comparison]} ${formatAmount(target.value, target)}`;
    // The unit agrees with the number before it: the upper bound of a range.
    const unit = target.unit && target.kind !== 'percent' ? unitAfter(target.upper ?? target.value, target.unit) : '';
    const per = target.period ? ` per ${target.period}` : target.perTerm ? ` per ${target.perTerm}` : '';
    return `${amount}${unit}${per}`;
}
