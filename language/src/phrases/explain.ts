/**
 * Why a title is a noun phrase, in words a writer can check: what heads it
 * ("'Loan officers' is headed by the plural noun 'officers'"), or what kind of
 * word opens it ("starts with the gerund 'Prospecting'"). The model decides;
 * this names the structure behind the decision.
 */
import { breakdownDimensions, breakdownReason, isShouting } from './classify.js';
import { headKind, nounRunEnd, wordClass } from './features.js';
import type { Token } from './tokenize.js';
import { IRREGULAR_PARTICIPLES } from './wordClasses.js';
import { isParticiple, isPluralNoun, lookupForm } from './wordKinds.js';


const HEAD_WORDS: Record<string, string> = {
    measure: 'the measure',
    job: 'the job title',
    artifact: 'the noun',
    gerund: 'the gerund',
    action: 'the action noun',
    agent: 'the agent noun',
    other: 'the noun',
};

export function explainNounPhrase(tokens: Token[], start: number, title: string): string {
    const words = tokens.slice(start);
    const first = words[0];
    const kind = wordClass(first, isShouting(title, tokens, start));
    const end = nounRunEnd(words, 0);
    const run = words.slice(0, end).map((t) => t.text).join(' ');
    if (kind === 'ger') {
        return words.length === 1
            ? `'${first.text}' is a gerund, which names an activity`
            : `'${run}' starts with the gerund '${first.text}', which names an activity`;
    }
    if (kind === 'num') return `'${run}' starts with the number '${first.text}'`;
    if (end === 1) {
        if (kind === 'acro') return `'${first.text}' is an acronym, a name`;
        if (isPluralNoun(lookupForm(first))) {
            // "Leads by source": a report's rows broken down by an attribute.
            const dimensions = breakdownDimensions(words, 0);
            return dimensions ? breakdownReason(first.text, dimensions) : `'${first.text}' is a plural noun`;
        }
        if (words.length === 1) return `'${first.text}' alone names a thing or an activity, not an action`;
        return `'${first.text}' is a noun here, qualified by what follows`;
    }
    const last = words[end - 1];
    const head = lookupForm(last);
    // "Emails sent": a noun described by a participle that follows it.
    if ((isParticiple(head) || IRREGULAR_PARTICIPLES.has(head)) && end === 2) return `'${run}' is the noun '${first.text}' described by the participle '${last.text}'`;
    const plural = isPluralNoun(head) ? 'plural ' : '';
    const what = HEAD_WORDS[headKind(head)];
    const described = plural && what === 'the noun' ? 'the plural noun' : plural ? `${what.replace('the ', 'the plural ')}` : what;
    return `'${run}' is headed by ${described} '${last.text}'`;
}

export function explainVerbPhrase(tokens: Token[], start: number): string {
    const first = tokens[start];
    const next = tokens[start + 1];
    return next ? `'${first.text}' reads as a verb acting on what follows` : `'${first.text}' reads as an imperative`;
}
