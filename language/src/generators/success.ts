/**
 * A KPI and its target as a seller reads it: "a win rate of at least 75 %",
 * "Touches to contacts: at least 60 touches per day". Counts carry their own
 * unit, so the title goes in front; rates, durations and amounts read as
 * "a <title> of <target>", unless the title names things in the plural
 * ("Accounts with two or more lines"), which takes no article either.
 */
import type { Kpi } from '../generated/ast.js';
import { isTextTarget } from '../generated/ast.js';
import { describeTarget, targetValue } from '../model/targets.js';
import { looksPlural } from '../phrases/morphology.js';
import { lowerFirst } from '../text/words.js';

export interface SuccessLine {
    /** Plain text (not yet escaped for Markdown). */
    text: string;
    measurable: boolean;
}

function article(phrase: string): string {
    return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

/** Words that end a title's first noun group: "Accounts | with two lines", "Meetings | accepted by the AE". */
const GROUP_END = new Set([
    'with', 'without', 'in', 'into', 'of', 'on', 'to', 'from', 'for', 'by', 'at', 'after', 'before', 'within',
    'per', 'over', 'under', 'between', 'across', 'during', 'since', 'than', 'that', 'which', 'who', 'as', 'and', 'or'
]);

/**
 * Whether a KPI title's head noun is plural: the last word of its first noun
 * group, which ends at a preposition, a relative word or a past participle
 * after the first word ("Inbound leads contacted the same day": "leads";
 * "Gross revenue retention": "retention"). "a inbound leads ... of" would not read.
 */
function namesPlural(title: string): boolean {
    const words = title.split(/\s+/).filter(Boolean);
    let end = words.length;
    for (let i = 1; i < words.length; i++) {
        const word = words[i]!.toLowerCase();
        if (GROUP_END.has(word) || (word.length > 3 && word.endsWith('ed'))) { end = i; break; }
    }
    const head = words[end - 1]?.replace(/[^A-Za-z-]/g, '') ?? '';
    return head !== '' && looksPlural(head.toLowerCase());
}

export function successLine(kpi: Kpi): SuccessLine {
    const target = targetValue(kpi.target);
    if (!target) {
        const stated = isTextTarget(kpi.target) ? `"${kpi.target.text}" (not a number yet, so not measurable)` : 'no numeric target yet';
        return { text: `${kpi.title}: ${stated}`, measurable: false };
    }
    const words = describeTarget(target);
    if (target.kind === 'count' || namesPlural(kpi.title)) return { text: `${kpi.title}: ${words}`, measurable: true };
    const title = lowerFirst(kpi.title);
    return { text: `${article(title)} ${title} of ${words}`, measurable: true };
}
