import { describe, expect, it } from 'vitest';
import { tokenize } from '../../language/src/phrases/tokenize.js';
import { baseVerbEntry, lookupForm } from '../../language/src/phrases/wordKinds.js';
import { expectNoRepeats, phrasesOf, readCorpus, score } from './corpus-rows.js';

/**
 * tests/phrases/corpus/frameworks.tsv: business phrases written by hand in the style of public frameworks
 * (APQC-style process names, O*NET-style titles and task statements, ESCO-style skills, BIAN-style service
 * domains, capability maps, BPMN labels, CRM documentation, KPI glossaries), the kind of title the linter
 * meets. Its 'test' rows are a locked split, scored once with the final model (tests/phrases/README.md).
 */
const { header, rows } = readCorpus('./corpus/frameworks.tsv');

/** The split rule: a hash of the lower-cased phrase, so no row can be moved by hand. */
function lockedByHash(phrase: string): boolean {
    let h = 101;
    for (let i = 0; i < phrase.length; i++) {
        h ^= phrase.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h % 100 < 30;
}

/**
 * Locked split scored once with the final model (README): 863 rows (381 of the first writing, 200 of the
 * second, 109 of the third, 173 of the fourth), 89.7 % accuracy, 98.2 % noun precision, 82.2 % noun recall;
 * the 690 rows of the first three writings 91.6 %, 97.8 %, 85.7 % (round 3's model, same rows: 91.9 %, 98.1 %,
 * 86.0 %). The bounds sit just below the figures.
 */
const LOCKED_ACCURACY = 0.895;
const LOCKED_PRECISION = 0.98;

describe('frameworks family (tests/phrases/corpus/frameworks.tsv)', () => {
    it('has the corpus columns and at least 800 well-formed rows, each saying it was written by hand', () => {
        expect(header).toBe('phrase\tlabel\tfamily\tsplit\tprovenance');
        expect(rows.length).toBeGreaterThanOrEqual(800);
        for (const row of rows) {
            expect(row.phrase.trim(), row.phrase).toBe(row.phrase);
            expect(['noun', 'verb'], row.phrase).toContain(row.label);
            expect(row.family, row.phrase).toBe('frameworks');
            expect(row.provenance, row.phrase).toMatch(/^written by hand .*in the style of .*\(.*not copied\)$/);
        }
    });

    it('repeats no phrase, neither within itself nor from phrases.tsv or corpus.tsv', () => {
        expectNoRepeats(rows, phrasesOf('./phrases.tsv', './corpus/corpus.tsv'));
    });

    it('locks about 30 % of its rows, chosen by a hash of the phrase', () => {
        for (const row of rows) expect(row.split, row.phrase).toBe(lockedByHash(row.phrase.toLowerCase()) ? 'test' : 'train');
        const share = rows.filter((r) => r.split === 'test').length / rows.length;
        expect(share).toBeGreaterThan(0.25);
        expect(share).toBeLessThan(0.35);
    });

    it('has both labels, and a noun/verb homograph leading at least 30 % of the rows of each', () => {
        for (const label of ['noun', 'verb'] as const) {
            const ofLabel = rows.filter((r) => r.label === label);
            expect(ofLabel.length / rows.length, label).toBeGreaterThan(0.35);
            const homographLed = ofLabel.filter((r) => (baseVerbEntry(lookupForm(tokenize(r.phrase)[0]))?.nounCount ?? -1) >= 0);
            expect(homographLed.length / ofLabel.length, label).toBeGreaterThanOrEqual(0.3);
        }
    });

    it('keeps the accuracy and noun precision measured once on its locked split', () => {
        const locked = rows.filter((r) => r.split === 'test');
        expect(locked.length).toBe(863);
        const { accuracy, nounPrecision } = score(locked);
        expect(accuracy).toBeGreaterThanOrEqual(LOCKED_ACCURACY);
        expect(nounPrecision).toBeGreaterThanOrEqual(LOCKED_PRECISION);
    });
});
