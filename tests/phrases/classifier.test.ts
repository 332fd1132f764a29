import { describe, expect, it } from 'vitest';
import { analyzeMotionTitle, isActionVerbPhrase } from '../../language/src/phrases/index.js';
import { analyzeByRules } from '../../language/src/phrases/classify.js';

describe('analyzeMotionTitle: verb phrases', () => {
    it.each([
        'Qualify the lead',
        'Prospect for leads',
        'Quickly qualify leads',
        'Ensure success',
        'Identifies decision makers',
        'Contacts prospective customers to present information',
        'Lead the team',
        'Forecast revenue',
        'Close the deal',
        'Review the contract',
        'Plan the territory',
        'Present your solution',
        'Follow up with the buyer',
        'Set up a demo',
        'Hand off to customer success',
        'Proactively follow up',
        'Prioritise high-intent accounts',
    ])('%s', (title) => {
        expect(analyzeMotionTitle(title).isVerbPhrase).toBe(true);
        expect(isActionVerbPhrase(title)).toBe(true);
    });
});

describe('analyzeMotionTitle: noun phrases', () => {
    it.each([
        'Prospecting',
        'Handling objections',
        'Lead qualification',
        'Contract review and approval routing',
        'Win rate',
        'Account executive',
        'Lead scoring',
        'Forecast accuracy',
        'Close rate',
        'Review cycle time',
        'Quote approval',
        'Deal closure',
        'Sales',
        'Leads',
        'Order to cash',
    ])('%s', (title) => {
        expect(analyzeMotionTitle(title).isVerbPhrase).toBe(false);
        expect(isActionVerbPhrase(title)).toBe(false);
    });
});

describe('analyzeMotionTitle: head and reason', () => {
    it('reports the first word as written, with a reason', () => {
        expect(analyzeMotionTitle('Deal closure')).toMatchObject({ isVerbPhrase: false, head: 'Deal' });
        expect(analyzeMotionTitle('Prospecting')).toMatchObject({ isVerbPhrase: false, head: 'Prospecting' });
        expect(analyzeMotionTitle('Prospecting').reason).toContain('gerund');
        expect(analyzeMotionTitle('Quickly qualify leads')).toMatchObject({ isVerbPhrase: true, head: 'qualify' });
        expect(analyzeMotionTitle('Win rate').reason).toMatch(/rate/);
    });
});

describe('analyzeMotionTitle: input hygiene', () => {
    it('treats an empty or blank title as not a verb phrase, with an empty head', () => {
        for (const title of ['', '   ', '\t\n', '""', '…']) {
            expect(analyzeMotionTitle(title)).toMatchObject({ isVerbPhrase: false, head: '' });
        }
    });

    it('ignores case, quotes, punctuation and extra whitespace', () => {
        for (const title of ['QUALIFY THE LEAD', '  qualify   the lead. ', '"Qualify the lead"', '“Qualify the lead!”', "'qualify' the lead"]) {
            expect(analyzeMotionTitle(title).isVerbPhrase, title).toBe(true);
        }
        for (const title of ['LEAD QUALIFICATION', ' lead   qualification ', '"Lead qualification"', 'Lead qualification:']) {
            expect(analyzeMotionTitle(title).isVerbPhrase, title).toBe(false);
        }
    });

    it('does not flag text it cannot read', () => {
        for (const title of ['🚀', '🚀 🚀', '→ ★', 'Квалифицировать лида', '見込み客を選別する', 'مؤهل العميل']) {
            expect(analyzeMotionTitle(title).isVerbPhrase, title).toBe(true);
        }
    });

    it('handles emoji around words', () => {
        expect(analyzeMotionTitle('🚀 Qualify the lead').isVerbPhrase).toBe(true);
        expect(analyzeMotionTitle('Lead qualification 🚀').isVerbPhrase).toBe(false);
    });

    it('skips list numbering', () => {
        expect(analyzeMotionTitle('1. Qualify the lead').isVerbPhrase).toBe(true);
        expect(analyzeMotionTitle('2) Lead qualification').isVerbPhrase).toBe(false);
    });

    it('skips numbering words before a number ("Step 2:"), and flags such numbering alone', () => {
        expect(analyzeMotionTitle('Step 2: Qualify the lead')).toMatchObject({ isVerbPhrase: true, head: 'Qualify' });
        expect(analyzeMotionTitle('Phase 1 - Prospect for leads')).toMatchObject({ isVerbPhrase: true, head: 'Prospect' });
        // "Step" and "Part" are verbs too: before a number they only number the motion.
        expect(analyzeMotionTitle('Step 2: Discovery')).toMatchObject({ isVerbPhrase: false, head: 'Discovery' });
        expect(analyzeMotionTitle('Stage 3 \u2013 Proposal')).toMatchObject({ isVerbPhrase: false, head: 'Proposal' });
        expect(analyzeMotionTitle('Step 2')).toEqual({ isVerbPhrase: false, head: 'Step', reason: "'Step 2' numbers the motion but names no action" });
        expect(analyzeMotionTitle('Step up outreach').isVerbPhrase).toBe(true);
        expect(analyzeMotionTitle('Stage gates').isVerbPhrase).toBe(false);
    });

    it('reads a spaced hyphen as a dash that ends the phrase', () => {
        // Before, "weekly" was read as the last word of "Win rate weekly", and the title as a verb phrase.
        expect(analyzeMotionTitle('Win rate - weekly')).toMatchObject({ isVerbPhrase: false, reason: "'Win rate' is headed by the measure 'rate'" });
        expect(analyzeMotionTitle('Account planning - weekly').isVerbPhrase).toBe(false);
        expect(analyzeMotionTitle('Qualify the lead - weekly').isVerbPhrase).toBe(true);
    });

    it('decides a 100 kB title quickly and the same way as its start', () => {
        const long = `Qualify the lead ${'and then some more words '.repeat(4200)}`;
        expect(long.length).toBeGreaterThan(100_000);
        const start = performance.now();
        expect(analyzeMotionTitle(long).isVerbPhrase).toBe(true);
        expect(analyzeMotionTitle(`Lead qualification ${'for enterprise accounts '.repeat(5000)}`).isVerbPhrase).toBe(false);
        expect(analyzeMotionTitle(' '.repeat(100_000)).head).toBe('');
        expect(analyzeMotionTitle('a'.repeat(100_000)).isVerbPhrase).toBe(true);
        expect(performance.now() - start).toBeLessThan(200);
    });

    it('never throws on odd input', () => {
        const odd = ['-', '--- ---', '&', 'and', 'the', "'s", '/', 'a/b/c', 'x-', '-x', '\u0000', '\uFEFF', '123', '1.', 'CRM', 'RFPs'];
        for (const title of odd) expect(() => analyzeMotionTitle(title), JSON.stringify(title)).not.toThrow();
    });
});

describe('hand rules added for issue 12', () => {
    const rules = (title: string) => analyzeByRules(title);
    it('reads a homograph, a particle and a preposition as a phrasal verb and its complement', () => {
        expect(rules('Hand over to support')).toMatchObject({ isVerbPhrase: true, reason: "starts with the phrasal verb 'Hand over'" });
        expect(rules('Pass on to finance')).toMatchObject({ isVerbPhrase: true, reason: "starts with the phrasal verb 'Pass on'" });
    });
    it('reads a measure that takes its own "of" as the object of the homograph before it', () => {
        expect(rules('Forecast volume of calls')).toMatchObject({ isVerbPhrase: true, reason: "'Forecast' takes the object 'volume', which takes 'of'" });
        expect(rules('Estimate costs of production').isVerbPhrase).toBe(true);
        // Without "of" the measure still heads a compound, and a word that is also an adjective is left alone.
        expect(rules('Forecast volume')).toMatchObject({ isVerbPhrase: false, reason: "'Forecast' modifies 'volume', a noun that heads compounds" });
        expect(analyzeMotionTitle('Forecast volume of calls').isVerbPhrase).toBe(true);
    });
    it('reads a plural noun before an irregular participle as a noun phrase', () => {
        expect(rules('Emails sent')).toMatchObject({ isVerbPhrase: false, reason: "'Emails' is a plural noun described by the participle 'sent'" });
        expect(rules('Deals won')).toMatchObject({ isVerbPhrase: false, reason: "'Deals' is a plural noun described by the participle 'won'" });
    });
    it('reads a participle after a plural noun by what follows it: an end, a preposition or a time is a noun phrase', () => {
        // Participles that are adjectives too ("processed", "closed") were read as a verb and its adjective.
        expect(rules('Invoices processed per clerk')).toMatchObject({ isVerbPhrase: false, judged: false, reason: "'Invoices' is a plural noun described by the participle 'processed'" });
        expect(rules('Tickets closed this week')).toMatchObject({ isVerbPhrase: false, judged: false });
        expect(rules('Orders shipped late')).toMatchObject({ isVerbPhrase: false, judged: false });
        expect(rules('Invoice approved')).toMatchObject({ isVerbPhrase: false, judged: false, reason: "'Invoice' is described by the participle 'approved'" });
        // The rule decides alone, so the model cannot overturn it.
        expect(analyzeMotionTitle('Claims settled per adjuster')).toMatchObject({ isVerbPhrase: false, reason: "'Claims' is a plural noun described by the participle 'settled'" });
    });
    it('reads a plural noun, "by" and report dimensions to the end as a breakdown, and a means after "by" as a verb', () => {
        expect(rules('Leads by source')).toMatchObject({ isVerbPhrase: false, judged: false, reason: "'Leads' is a plural noun broken down by 'source', the name of a report" });
        expect(rules('Deals by stage and owner')).toMatchObject({ isVerbPhrase: false, judged: false, reason: "'Deals' is a plural noun broken down by 'stage and owner', the name of a report" });
        expect(rules('Tasks by due date')).toMatchObject({ isVerbPhrase: false, judged: false, reason: "'Tasks' is a plural noun broken down by 'due date', the name of a report" });
        // The rule decides alone: the model cannot overturn it.
        expect(analyzeMotionTitle('Contacts by lead source')).toMatchObject({ isVerbPhrase: false, reason: "'Contacts' is a plural noun broken down by 'lead source', the name of a report" });
        // Not a dimension, a determiner, a gerund or a comma: the rule leaves the title to the other branches.
        for (const title of ['Settles by agreement', 'Leads by example', 'Takes by stealing', 'Cases by the owner', 'Leads by source, stage']) {
            expect(rules(title).reason, title).not.toContain('broken down');
        }
        expect(analyzeMotionTitle('Leads by example').isVerbPhrase).toBe(true);
        expect(analyzeMotionTitle('Settles by agreement').isVerbPhrase).toBe(true);
    });
    it('reads a plural noun before an action noun as its modifier only at the end or before a preposition a noun takes', () => {
        expect(rules('Records management')).toMatchObject({ isVerbPhrase: false, reason: "'Records' modifies 'management'" });
        expect(rules('Needs assessment')).toMatchObject({ isVerbPhrase: false, reason: "'Needs' modifies 'assessment'" });
        expect(rules('Benefits cost per employee')).toMatchObject({ isVerbPhrase: false, reason: "'Benefits' modifies 'cost'" });
        // Before another preposition or a conjunction the noun is a third-person verb's object.
        expect(rules('Monitors compliance with regulations')).toMatchObject({ isVerbPhrase: true, reason: "'Monitors' is a verb in the third person" });
        expect(rules('Files correspondence and other records')).toMatchObject({ isVerbPhrase: true, reason: "'Files' is a verb in the third person" });
    });
    it('reads a participle between a third-person verb and a noun as describing the object', () => {
        expect(rules('Credits returned merchandise to customer accounts')).toMatchObject({ isVerbPhrase: true, judged: true, reason: "'Credits' takes an object described by 'returned'" });
        expect(rules('Repairs damaged furniture')).toMatchObject({ isVerbPhrase: true, reason: "'Repairs' takes an object described by 'damaged'" });
    });
});
