/** Order statistics for comparing a seller with the team and the company. */

/** A group's values, sorted once so each member's rank is a binary search. */
export class Distribution {
    private readonly sorted: Float64Array;

    constructor(values: readonly number[]) {
        this.sorted = Float64Array.from(values).sort();
    }

    get size(): number {
        return this.sorted.length;
    }

    /** The median; the mean of the two middle values for an even count; undefined for none. */
    median(): number | undefined {
        const s = this.sorted;
        if (s.length === 0) return undefined;
        const mid = s.length >> 1;
        return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    }

    /**
     * Percentile rank of a member's value, mid-rank definition:
     * (number below + half the number equal) / count * 100. The better of a
     * team of two ranks 75, the other 25; equal values share a rank; a group
     * of one ranks 50.
     */
    percentileRank(value: number): number {
        const below = this.bound(value, false);
        const equal = this.bound(value, true) - below;
        return (below + equal / 2) / this.sorted.length * 100;
    }

    /** Index of the first element >= value (or > value when `after`). */
    private bound(value: number, after: boolean): number {
        const s = this.sorted;
        let lo = 0;
        let hi = s.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (s[mid]! < value || (after && s[mid] === value)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
