import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMotionTitle, suggestVerbPhrase } from '../../language/src/phrases/index.js';

describe('suggestVerbPhrase', () => {
    it.each([
        ['Deal closure', 'Close the deal'],
        ['Lead qualification', 'Qualify leads'],
        ['Prospecting', 'Prospect'],
        ['Handling objections', 'Handle objections'],
        ['Contract review', 'Review the contract'],
        ['Opportunity management', 'Manage opportunities'],
        ['Quote approval', 'Approve the quote'],
        ['Demand generation', 'Generate demand'],
        ['Records management', 'Manage records'],
        ['Key account management', 'Manage key accounts'],
        ['Playbook rollout', 'Roll out the playbook'],
        ['Closing the deal', 'Close the deal'],
        ['Following up with leads', 'Follow up with leads'],
        ['Negotiation', 'Negotiate'],
    ])('%s -> %s', (title, expected) => {
        expect(suggestVerbPhrase(title)).toBe(expected);
    });

    it.each([
        'Win rate',
        'Close rate',
        'Forecast accuracy',
        'Account executive',
        'Customer acquisition cost',
        'Contract review and approval routing',
        'Sales and operations planning',
        'Value proposition',
        'Email marketing',
        'Cold calling',
        'Strategic account planning',
        'Weekly pipeline review',
        'Deal slippage',
        'Closing techniques',
        'Sales kickoff',
        'Forecast accuracy at 90 days',
        '',
        '🚀',
    ])('no suggestion for %s', (title) => {
        expect(suggestVerbPhrase(title)).toBeUndefined();
    });

    it('keeps plain list numbering as written, and offers nothing after a quote or bracket', () => {
        expect(suggestVerbPhrase('1. Lead qualification')).toBe('1. Qualify leads');
        expect(suggestVerbPhrase('3) Lead qualification')).toBe('3) Qualify leads');
        expect(suggestVerbPhrase('Step 1: Closing deals')).toBe('Step 1: Close deals');
        expect(suggestVerbPhrase('Phase 2 - Negotiation')).toBe('Phase 2 - Negotiate');
        // The quote before the words would be left open.
        expect(suggestVerbPhrase('Step 2: "Negotiation"')).toBeUndefined();
        expect(suggestVerbPhrase('Step 2: (Negotiation)')).toBeUndefined();
        expect(suggestVerbPhrase('Step 2')).toBeUndefined();
    });

    it('has nothing to suggest for a verb phrase', () => {
        expect(suggestVerbPhrase('Qualify the lead')).toBeUndefined();
        expect(suggestVerbPhrase('Close the deal')).toBeUndefined();
    });

    it('keeps the casing style of the title', () => {
        expect(suggestVerbPhrase('Lead Qualification')).toBe('Qualify Leads');
        expect(suggestVerbPhrase('LEAD QUALIFICATION')).toBe('QUALIFY LEADS');
        expect(suggestVerbPhrase('lead qualification')).toBe('Qualify leads');
        expect(suggestVerbPhrase('CRM adoption')).toBe('Adopt CRM');
    });

    it('only ever suggests verb phrases, for every noun phrase of the data set', () => {
        const text = readFileSync(new URL('./phrases.tsv', import.meta.url), 'utf8');
        const nounPhrases = text
            .split('\n')
            .slice(1)
            .map((line) => line.split('\t'))
            .filter(([, label]) => label === 'noun')
            .map(([phrase]) => phrase);
        let suggested = 0;
        for (const phrase of nounPhrases) {
            const suggestion = suggestVerbPhrase(phrase);
            if (suggestion === undefined) continue;
            suggested++;
            expect(analyzeMotionTitle(suggestion).isVerbPhrase, `${phrase} -> ${suggestion}`).toBe(true);
            expect(suggestion.toLowerCase(), phrase).not.toBe(phrase.toLowerCase());
        }
        expect(suggested).toBeGreaterThan(50);
    });
});

describe('rewrites of 200 flagged corpus noun phrases (tests/phrases/rewrites.tsv, reviewed by hand)', () => {
    const reviewed = readFileSync(new URL('./rewrites.tsv', import.meta.url), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split('\t'));

    it('lists 200 phrases, 19 of them with a rewrite', () => {
        expect(reviewed).toHaveLength(200);
        expect(reviewed.filter(([, , rewrite]) => rewrite !== '')).toHaveLength(19);
    });

    it('gives exactly the reviewed rewrite, or none', () => {
        for (const [phrase, , rewrite] of reviewed) expect(suggestVerbPhrase(phrase) ?? '', phrase).toBe(rewrite);
    });

    it.each([
        ['Update action', 'names a kind of action, not the act of acting'],
        ['Target population', 'a population is a group, not populating'],
        ['Screen memory', '"memory" is not the act of memorizing'],
        ['Item location', 'a location is a place'],
        ['Conceding or yielding', 'both gerunds would need their base form'],
        ['Search Engine Optimization', 'a discipline, not optimizing engines'],
    ])('offers none for %s (%s)', (title) => {
        expect(suggestVerbPhrase(title)).toBeUndefined();
    });
});
