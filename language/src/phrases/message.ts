/**
 * Wording of the `motion-noun-phrase` diagnostic and of the motion hover.
 * A rewrite is offered only when one was derived from the title itself; a
 * fixed example ("Qualify the lead") would read as a suggested rename.
 */
import type { PhraseAnalysis } from './classify.js';

export function nounPhraseMessage(title: string, analysis: PhraseAnalysis, suggestion: string | undefined): string {
    const advice = suggestion
        ? `write it as an action: "${suggestion}"`
        : 'start it with a verb in the imperative for what the seller does';
    return `Motion title "${title}" is a noun phrase (${analysis.reason}); ${advice}.`;
}

/** The hover's line on a title: why it reads as a noun phrase, or nothing for a verb phrase. */
export function titleFormExplanation(analysis: PhraseAnalysis): string | undefined {
    if (analysis.isVerbPhrase || analysis.head === '') return undefined;
    return `a noun phrase, not an action: ${analysis.reason}`;
}
