/**
 * The motion-title classifier: an averaged perceptron over the features of
 * features.ts, trained by scripts/train-phrases.ts on tests/phrases/corpus and
 * committed as model.generated.ts (no runtime dependency). The hand rules of
 * classify.ts are one of its inputs: the model keeps their verdict where it
 * holds on unseen phrases and overrides it where the corpus shows it does not.
 */
import { analyzeByRules, type PhraseAnalysis } from './classify.js';
import { explainNounPhrase, explainVerbPhrase } from './explain.js';
import { phraseFeatures } from './features.js';
import { MODEL } from './model.generated.js';

const weights: Readonly<Record<string, number>> = MODEL.weights;
const hasOwn = Object.prototype.hasOwnProperty;

/** The rule branch that decided: its reason with the quoted words blanked ("'Q' takes the plural object 'Q'"). */
export function ruleBranch(reason: string): string {
    return reason.replace(/'[^']*'/g, 'Q');
}

/** Sum of the weights of the features; above MODEL.threshold the title is a noun phrase. */
export function nounScore(features: readonly string[]): number {
    let score = 0;
    for (const f of features) if (hasOwn.call(weights, f)) score += weights[f];
    return score;
}

export function analyzeMotionTitle(title: string): PhraseAnalysis {
    const rules = analyzeByRules(title);
    const { tokens, start, isVerbPhrase, head, reason } = rules;
    if (!rules.judged) return { isVerbPhrase, head, reason };
    const branch = ruleBranch(reason);
    // Rule branches that were right on nearly all of the corpus decide alone.
    const trusted = hasOwn.call(MODEL.trusted, branch) ? MODEL.trusted[branch] : undefined;
    const noun = trusted ?? nounScore(phraseFeatures(tokens, start, title, { verb: isVerbPhrase, branch })) > MODEL.threshold;
    if (!noun) return { isVerbPhrase: true, head, reason: isVerbPhrase ? reason : explainVerbPhrase(tokens, start) };
    return { isVerbPhrase: false, head: tokens[start].text, reason: explainNounPhrase(tokens, start, title) };
}

export function isActionVerbPhrase(title: string): boolean {
    return analyzeMotionTitle(title).isVerbPhrase;
}
