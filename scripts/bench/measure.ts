/** Small timing helpers for the benchmark. */

export function median(values: readonly number[]): number {
    return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN;
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
    const start = performance.now();
    const result = await work();
    return { ms: performance.now() - start, result };
}

export function heapMB(): number {
    return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function round(value: number, digits = 1): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
