/** "Did you mean ...?": names close to a misspelt one, by edit distance. */

export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0]!;
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j]!;
            previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length]!;
}

/** Up to `limit` candidates close to `name`, closest first; case differences count as near misses. */
export function similarNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
    const budget = Math.max(2, Math.floor(name.length / 3));
    const scored: Array<{ candidate: string; score: number }> = [];
    for (const candidate of new Set(candidates)) {
        if (candidate === name) continue;
        const score = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (score <= budget) scored.push({ candidate, score });
    }
    return scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, limit).map(s => s.candidate);
}
