/**
 * The labeled phrase files (tests/phrases/corpus/*.tsv) as rows, and what the
 * tests ask of every one of them: no phrase repeated, and the classifier's
 * accuracy and noun precision on a set of rows.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { analyzeMotionTitle } from '../../language/src/phrases/index.js';

export interface CorpusRow {
    phrase: string;
    label: 'noun' | 'verb';
    family: string;
    split: 'train' | 'test';
    provenance: string;
}

/** The non-empty lines of a file beside this one, the header first. */
export function readLines(name: string): string[] {
    return readFileSync(new URL(name, import.meta.url), 'utf8').split('\n').filter(Boolean);
}

/** The header and rows of a corpus file (columns phrase, label, family, split, provenance). */
export function readCorpus(name: string): { header: string; rows: CorpusRow[] } {
    const [header, ...lines] = readLines(name);
    const rows = lines.map((line) => {
        const [phrase, label, family, split, provenance] = line.split('\t');
        return { phrase, label: label as CorpusRow['label'], family, split: split as CorpusRow['split'], provenance };
    });
    return { header: header!, rows };
}

/** The first column of the rows of files beside this one, lower-cased. */
export function phrasesOf(...names: string[]): Set<string> {
    return new Set(names.flatMap((name) => readLines(name).slice(1).map((l) => l.split('\t')[0]!.toLowerCase())));
}

/** No phrase of `rows` is repeated among them or found in `others` (both lower-cased). */
export function expectNoRepeats(rows: readonly { phrase: string }[], others: ReadonlySet<string>): void {
    const seen = new Set<string>();
    for (const { phrase } of rows) {
        const key = phrase.toLowerCase();
        expect(seen.has(key) || others.has(key), phrase).toBe(false);
        seen.add(key);
    }
}

/** The classifier's accuracy and noun precision (flagged titles that are noun phrases) on `rows`. */
export function score(rows: readonly CorpusRow[]): { accuracy: number; nounPrecision: number } {
    let correct = 0;
    let flagged = 0;
    let flaggedRight = 0;
    for (const row of rows) {
        const noun = !analyzeMotionTitle(row.phrase).isVerbPhrase;
        if (noun === (row.label === 'noun')) correct++;
        if (noun) flagged++;
        if (noun && row.label === 'noun') flaggedRight++;
    }
    return { accuracy: correct / rows.length, nounPrecision: flaggedRight / flagged };
}
