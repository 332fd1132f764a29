/**
 * `x` after a number is a multiple ("pipeline coverage >= 3x": three times the
 * quota), a ratio with no unit to count, so it takes no period and is written
 * against its number, never inflected ("3xes"). Apart from units.ts so that
 * the client and actuals bundles, which must not load the phrase lexicon the
 * inflection needs, can ask it too.
 */
export function isMultiple(unit: string | undefined): boolean {
    return unit === 'x' || unit === 'X';
}

/** A number with its unit as written, not inflected: "104 days", "$1200", "3x" for a multiple (against its number). */
export function withUnit(number: string, unit: string | undefined): string {
    if (!unit) return number;
    return isMultiple(unit) ? `${number}x` : `${number} ${unit}`;
}
