/**
 * Incremental aggregation of observations: memory grows with sellers x KPIs,
 * never with rows, so a file of millions of rows streams through it. Each
 * (KPI, seller) keeps sums and counts; each seller keeps its latest team.
 */
import type { KpiResolver } from './kpi-names.js';

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

/** One seller: its latest team, and its place in the aggregator's sums. */
export interface SellerEntry {
    readonly id: string;
    team: string;
    day: number;
    /** The seller's number, in order of first appearance. */
    readonly index: number;
    /** The seller of the row that followed this seller's last time (see Aggregator.sellerOf). */
    next: SellerEntry | undefined;
}

// The sums of each (seller, KPI) pair are six numbers side by side in one
// Float64Array, a seller's KPIs one after the other: on millions of rows this
// is one array access per sum instead of a hop to a per-pair object. The
// additions are the same, in the same order, so the results are identical.
const ROWS = 0;
const VALUE_SUM = 1;
const VALUE_COUNT = 2;
const NUMERATOR_SUM = 3;
const DENOMINATOR_SUM = 4;
const RATIO_ROWS = 5;
const FIELDS = 6;
const INITIAL_SELLERS = 1024;

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

/**
 * What an aggregator gathered from one block of a file, as plain data (it
 * crosses threads): `absorb` merges blocks in file order. Sellers are in order
 * of first appearance; `sums` holds their sums in that order.
 */
export interface AggregatePart {
    readonly rows: RowCounts;
    readonly unknownKpis: ReadonlyArray<readonly [string, number]>;
    readonly sellers: ReadonlyArray<{ readonly id: string; readonly team: string; readonly day: number }>;
    readonly sums: Float64Array;
    readonly firstDay: number | undefined;
    readonly lastDay: number | undefined;
}

/**
 * Whether `a` comes after `b` in code-point order, which is the byte order of
 * UTF-8 that the generated SQL sorts by (COLLATE "C"). JavaScript's `>`
 * compares UTF-16 code units, which puts a character beyond U+FFFF (an emoji,
 * a surrogate pair) before U+E000..U+FFFF (fullwidth letters): at the first
 * unit that differs, shift surrogates above that range.
 */
export function codePointAfter(a: string, b: string): boolean {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y) continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        }
        return x > y;
    }
    return a.length > b.length;
}

/** Whether a row of (day, team) replaces a seller's team: the latest day wins, on one day the greatest team name (code points). */
function laterTeam(day: number, team: string, seller: { readonly day: number; readonly team: string }): boolean {
    return day > seller.day || (day === seller.day && team !== seller.team && codePointAfter(team, seller.team));
}

export class Aggregator {
    readonly rows: RowCounts = { read: 0, used: 0, outsideWindow: 0, skipped: 0, unknownKpi: 0 };
    /** Unknown KPI names with their row counts (reported in one warning). */
    readonly unknownKpis = new Map<string, number>();
    /** Per seller: its team (of its latest used row; ties: the greatest team name). */
    readonly sellers = new Map<string, SellerEntry>();
    firstDay: number | undefined;
    lastDay: number | undefined;
    private readonly from: number;
    private readonly to: number;
    /** Numbers per seller in `sums`. */
    private readonly stride: number;
    private sums: Float64Array;
    /** The seller of the previous row (see sellerOf). */
    private last: SellerEntry | undefined;

    constructor(private readonly catalog: KpiResolver, window: Window = {}) {
        this.from = window.from ?? -Infinity;
        this.to = window.to ?? Infinity;
        this.stride = catalog.size * FIELDS;
        this.sums = new Float64Array(INITIAL_SELLERS * this.stride);
    }

    /** Counts a row that could not be read (bad data with --skip-invalid). */
    skip(): void {
        this.rows.read++;
        this.rows.skipped++;
    }

    /** Adds one observation; the aggregator keeps nothing of `o`, so a reader may reuse the object for its next row. */
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
        const day = o.day;
        if (day < this.from || day > this.to) {
            this.rows.outsideWindow++;
            return 'outside';
        }
        this.rows.used++;
        if (this.firstDay === undefined || day < this.firstDay) this.firstDay = day;
        if (this.lastDay === undefined || day > this.lastDay) this.lastDay = day;
        const seller = this.sellerOf(o.seller, o.team, day);
        const sums = this.sums;
        const at = seller.index * this.stride + kpi.index * FIELDS;
        sums[at + ROWS]++;
        const numerator = o.numerator;
        const denominator = o.denominator;
        const hasRatio = numerator !== undefined && denominator !== undefined;
        if (hasRatio) {
            sums[at + NUMERATOR_SUM] += numerator;
            sums[at + DENOMINATOR_SUM] += denominator;
            sums[at + RATIO_ROWS]++;
        }
        const value = o.value ?? (hasRatio && denominator !== 0 ? numerator / denominator : undefined);
        if (value !== undefined) {
            sums[at + VALUE_SUM] += value;
            sums[at + VALUE_COUNT]++;
        }
        const team = o.team;
        if (laterTeam(day, team, seller)) {
            if (team !== seller.team) seller.team = ownCopy(team);
            seller.day = day;
        }
        return 'used';
    }

    /** Rows of the window that gave one seller's sums of one KPI (no Sums object made: the report asks for every pair). */
    rowsOf(seller: SellerEntry, kpi: { readonly index: number }): number {
        return this.sums[seller.index * this.stride + kpi.index * FIELDS + ROWS]!;
    }

    /** The sums of one seller and KPI, or undefined when no row of the window gave any. */
    sumsOf(seller: SellerEntry, kpi: { readonly index: number }): Sums | undefined {
        const at = seller.index * this.stride + kpi.index * FIELDS;
        const s = this.sums;
        if (s[at + ROWS] === 0) return undefined;
        return {
            rows: s[at + ROWS]!, valueSum: s[at + VALUE_SUM]!, valueCount: s[at + VALUE_COUNT]!,
            numeratorSum: s[at + NUMERATOR_SUM]!, denominatorSum: s[at + DENOMINATOR_SUM]!, ratioRows: s[at + RATIO_ROWS]!
        };
    }

    /** This aggregator's data as one block of a file (see absorb); the sums are a copy of exactly the sellers' part. */
    part(): AggregatePart {
        const sellers = [...this.sellers.values()].map(({ id, team, day }) => ({ id, team, day }));
        return {
            rows: { ...this.rows }, unknownKpis: [...this.unknownKpis], sellers,
            sums: this.sums.slice(0, sellers.length * this.stride), firstDay: this.firstDay, lastDay: this.lastDay
        };
    }

    /**
     * Adds the next block of the file, as if its rows had followed: counts,
     * unknown KPIs and sellers in order of first appearance, each seller's
     * latest team, the first and last day. Each sum becomes this one plus the
     * block's: blocks read one after the other and blocks read in parallel
     * are absorbed in the same order, so their results are the same to the
     * last bit (a file read in one piece could differ in the last bit of a
     * sum of decimals, which floating-point addition does not reassociate).
     */
    absorb(part: AggregatePart): void {
        for (const key of Object.keys(part.rows) as Array<keyof RowCounts>) this.rows[key] += part.rows[key];
        for (const [name, count] of part.unknownKpis) this.unknownKpis.set(name, (this.unknownKpis.get(name) ?? 0) + count);
        if (part.firstDay !== undefined && (this.firstDay === undefined || part.firstDay < this.firstDay)) this.firstDay = part.firstDay;
        if (part.lastDay !== undefined && (this.lastDay === undefined || part.lastDay > this.lastDay)) this.lastDay = part.lastDay;
        const stride = this.stride;
        if (this.sellers.size === 0) {
            // The first block: its sums are this one's (0 + x is x), copied in one go.
            if (part.sums.length > this.sums.length) this.sums = new Float64Array(part.sums.length);
            this.sums.set(part.sums);
            for (const seller of part.sellers) this.newSeller(seller.id, seller.team, seller.day);
            this.last = undefined;
            return;
        }
        part.sellers.forEach((seller, i) => {
            let entry = this.sellers.get(seller.id);
            if (!entry) entry = this.newSeller(seller.id, seller.team, seller.day);
            else if (laterTeam(seller.day, seller.team, entry)) { entry.team = seller.team; entry.day = seller.day; }
            const sums = this.sums;
            const to = entry.index * stride;
            const from = i * stride;
            for (let f = 0; f < stride; f++) sums[to + f] += part.sums[from + f]!;
        });
        this.last = undefined;
    }

    /**
     * The entry of a row's seller, made at its first row (its team and day are
     * that row's). Exports list one seller's rows together, or the sellers in
     * the same order day after day: the last row's seller, or the one that
     * followed it last time, is nearly always this row's, and comparing a
     * string is cheaper than a map lookup on millions of rows.
     */
    private sellerOf(id: string, team: string, day: number): SellerEntry {
        const last = this.last;
        if (last !== undefined && last.id === id) return last;
        const next = last?.next;
        if (next !== undefined && next.id === id) return (this.last = next);
        const entry = this.sellers.get(id) ?? this.newSeller(ownCopy(id), ownCopy(team), day);
        if (last !== undefined) last.next = entry;
        return (this.last = entry);
    }

    /** A new seller with the next index, its sums zero (the array doubles when full). */
    private newSeller(id: string, team: string, day: number): SellerEntry {
        const index = this.sellers.size;
        if ((index + 1) * this.stride > this.sums.length) {
            const grown = new Float64Array(this.sums.length * 2);
            grown.set(this.sums);
            this.sums = grown;
        }
        const entry: SellerEntry = { id, team, day, index, next: undefined };
        this.sellers.set(id, entry);
        return entry;
    }
}
