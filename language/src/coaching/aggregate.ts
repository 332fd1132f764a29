/**
 * Incremental aggregation of observations: memory grows with sellers x KPIs,
 * never with rows, so a file of millions of rows streams through it. Each
 * (KPI, seller) keeps sums and counts; each seller keeps its latest team.
 */
import type { Catalog } from './catalog.js';

/** One data point, as the canonical CSV or a CRM mapping produces it. */
export interface Observation {
    /** Day number (calendar.ts dayNumber). */
    readonly day: number;
    readonly seller: string;
    readonly team: string;
    readonly kpi: string;
    readonly persona?: string | undefined;
    readonly value?: number | undefined;
    readonly numerator?: number | undefined;
    readonly denominator?: number | undefined;
}

/** Sums of one seller's observations of one KPI inside the window. */
export interface Sums {
    /** Rows used. */
    rows: number;
    /** Sum and count of each row's value (its `value`, or numerator / denominator when it has none). */
    valueSum: number;
    valueCount: number;
    /** Sums over the rows that carry both a numerator and a denominator. */
    numeratorSum: number;
    denominatorSum: number;
    ratioRows: number;
}

/** One seller: its latest team and its sums per KPI (indexed by CatalogKpi.index). */
export interface SellerEntry {
    team: string;
    day: number;
    readonly sums: Array<Sums | undefined>;
}

/**
 * Map keys outlive the row they came from: copy them, or a key that is a
 * slice of the parser's chunk would keep the whole chunk in memory.
 */
function ownCopy(text: string): string {
    return (` ${text}`).slice(1);
}

export interface RowCounts {
    read: number;
    used: number;
    outsideWindow: number;
    skipped: number;
    unknownKpi: number;
}

export interface Window {
    /** Inclusive day numbers; undefined means "from the first / to the last day of the data". */
    readonly from?: number | undefined;
    readonly to?: number | undefined;
}

export type AddResult = 'used' | 'outside' | 'unknown' | 'ambiguous';

export class Aggregator {
    readonly rows: RowCounts = { read: 0, used: 0, outsideWindow: 0, skipped: 0, unknownKpi: 0 };
    /** Unknown KPI names with their row counts (reported in one warning). */
    readonly unknownKpis = new Map<string, number>();
    /** Per seller: its team (of its latest used row; ties: the greatest team name) and sums per KPI. */
    readonly sellers = new Map<string, SellerEntry>();
    firstDay: number | undefined;
    lastDay: number | undefined;
    private readonly from: number;
    private readonly to: number;

    constructor(private readonly catalog: Catalog, window: Window = {}) {
        this.from = window.from ?? -Infinity;
        this.to = window.to ?? Infinity;
    }

    /** Counts a row that could not be read (bad data with --skip-invalid). */
    skip(): void {
        this.rows.read++;
        this.rows.skipped++;
    }

    add(o: Observation): AddResult {
        const kpi = this.catalog.resolve(o.kpi, o.persona);
        if (kpi === 'ambiguous') return 'ambiguous';
        this.rows.read++;
        if (kpi === 'unknown') {
            this.rows.unknownKpi++;
            const key = o.persona ? `${o.persona}.${o.kpi}` : o.kpi;
            this.unknownKpis.set(key, (this.unknownKpis.get(key) ?? 0) + 1);
            return 'unknown';
        }
        if (o.day < this.from || o.day > this.to) {
            this.rows.outsideWindow++;
            return 'outside';
        }
        this.rows.used++;
        if (this.firstDay === undefined || o.day < this.firstDay) this.firstDay = o.day;
        if (this.lastDay === undefined || o.day > this.lastDay) this.lastDay = o.day;
        let seller = this.sellers.get(o.seller);
        if (!seller) this.sellers.set(ownCopy(o.seller), seller = { team: ownCopy(o.team), day: o.day, sums: new Array(this.catalog.size).fill(undefined) });
        let sums = seller.sums[kpi.index];
        if (!sums) seller.sums[kpi.index] = sums = { rows: 0, valueSum: 0, valueCount: 0, numeratorSum: 0, denominatorSum: 0, ratioRows: 0 };
        sums.rows++;
        const hasRatio = o.numerator !== undefined && o.denominator !== undefined;
        if (hasRatio) {
            sums.numeratorSum += o.numerator!;
            sums.denominatorSum += o.denominator!;
            sums.ratioRows++;
        }
        const value = o.value ?? (hasRatio && o.denominator !== 0 ? o.numerator! / o.denominator! : undefined);
        if (value !== undefined) {
            sums.valueSum += value;
            sums.valueCount++;
        }
        if (o.day > seller.day || (o.day === seller.day && o.team !== seller.team && o.team > seller.team)) {
            if (o.team !== seller.team) seller.team = ownCopy(o.team);
            seller.day = o.day;
        }
        return 'used';
    }
}
