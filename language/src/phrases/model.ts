/**
 * The motion-title classifier: a logistic regression over the features of
 * features.ts, trained by scripts/train-phrases.ts on tests/phrases/corpus and
 * committed as model.generated.ts (no runtime dependency). The hand rules of
 * classify.ts are one of its inputs: the model keeps their verdict where it
 * holds on unseen phrases and overrides it where the corpus shows it does not.
 */
import { analyzeByRules, type PhraseAnalysis } from './classify.js';
import { explainNounPhrase, explainVerbPhrase } from './explain.js';
import { phraseFeatures } from './features.js';
import { MODEL } from './model.generated.js';

const hasOwn = Object.prototype.hasOwnProperty;
/** Features are hashed into this many slots (a power of two): no feature strings ship, lookups are array reads. */
export const FEATURE_SLOTS = 1 << 15;
let weights: Float64Array | undefined;

/** FNV-1a: the slot of a feature; scripts/train-phrases.ts trains on the same slots. */
export function featureSlot(feature: string): number {
    let h = 2166136261;
    for (let i = 0; i < feature.length; i++) {
        h ^= feature.charCodeAt(i);
        h = Math.imul(h, 16777619);
    }
    return (h >>> 0) & (FEATURE_SLOTS - 1);
}

/** The weights, spread at first use from (slot, weight) pairs into one array. */
function loadWeights(): Float64Array {
    if (weights) return weights;
    weights = new Float64Array(FEATURE_SLOTS);
    const pairs = MODEL.weights;
    for (let k = 0; k < pairs.length; k += 2) weights[pairs[k]] = pairs[k + 1];
    return weights;
}

/** The rule branch that decided: its reason with the quoted words blanked ("'Q' takes the plural object 'Q'"). */
export function ruleBranch(reason: string): string {
    return reason.replace(/'[^']*'/g, 'Q');
}

/** Sum of the weights of the features; above MODEL.threshold the title is a noun phrase. */
export function nounScore(features: readonly string[]): number {
    const w = loadWeights();
    let score = 0;
    for (const f of features) score += w[featureSlot(f)];
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
