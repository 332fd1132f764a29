/**
 * A KPI and its target as a seller reads it: "a win rate of at least 75 %",
 * "Touches to contacts: at least 60 touches per day". Counts carry their own
 * unit, so the title goes in front; rates, durations and amounts read as
 * "a <title> of <target>".
 */
import type { Kpi } from '../generated/ast.js';
import { isTextTarget } from '../generated/ast.js';
import { describeTarget, targetValue } from '../model/targets.js';
import { lowerFirst } from '../text/words.js';

export interface SuccessLine {
    /** Plain text (not yet escaped for Markdown). */
    text: string;
    measurable: boolean;
}

function article(phrase: string): string {
    return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

export function successLine(kpi: Kpi): SuccessLine {
    const target = targetValue(kpi.target);
    if (!target) {
        const stated = isTextTarget(kpi.target) ? `"${kpi.target.text}" (not a number yet, so not measurable)` : 'no numeric target yet';
        return { text: `${kpi.title}: ${stated}`, measurable: false };
    }
    const words = describeTarget(target);
    if (target.kind === 'count') return { text: `${kpi.title}: ${words}`, measurable: true };
    const title = lowerFirst(kpi.title);
    return { text: `${article(title)} ${title} of ${words}`, measurable: true };
}
