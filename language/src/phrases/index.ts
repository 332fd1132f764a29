/**
 * Motion-title phrase analysis behind the `motion-noun-phrase` lint rule:
 * is a title an action verb phrase, and if not, what verb phrase could replace it?
 * Pure TypeScript over a generated WordNet lexicon; runs in Node and in browsers.
 */
export { analyzeMotionTitle, isActionVerbPhrase, type PhraseAnalysis } from './classify.js';
export { suggestVerbPhrase } from './rewrite.js';
