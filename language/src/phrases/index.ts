/**
 * Motion-title phrase analysis behind the `motion-noun-phrase` lint rule:
 * is a title an action verb phrase, and if not, what verb phrase could replace it?
 * Pure TypeScript over a generated WordNet lexicon and a generated model; runs in Node and in browsers.
 */
export { type PhraseAnalysis } from './classify.js';
export { analyzeMotionTitle, isActionVerbPhrase } from './model.js';
export { suggestVerbPhrase } from './rewrite.js';
export { nounPhraseMessage, titleFormExplanation } from './message.js';
