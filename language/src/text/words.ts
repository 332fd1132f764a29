/** Small wording helpers shared by generators, editor features and the CLI. */

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Win rate" -> "win rate", but "CRM adoption" stays as written. */
export function lowerFirst(text: string): string {
    return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Like plural, but zero reads "no motion": "no KPI", "1 KPI", "2 KPIs". */
export function count(n: number, singular: string, pluralForm = `${singular}s`): string {
    return n === 0 ? `no ${singular}` : plural(n, singular, pluralForm);
}
