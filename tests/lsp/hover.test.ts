/** Hover: what each kind of element says, on its declaration and on references to it. */
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-types';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices, offsetOf } from './support.js';

const SELLER = readExample('direct-seller.wpcm');

/** The hover Markdown at the first occurrence of `needle` (plus delta) in the direct-seller example. */
async function hoverAt(needle: string, delta = 0, occurrence = 0, text = SELLER): Promise<string | undefined> {
    const services = lspServices();
    const { 'model.wpcm': document } = await addFiles(services, { 'model.wpcm': text });
    const hover = await services.lsp.HoverProvider!.getHoverContent(document!, {
        textDocument: { uri: document!.uri.toString() },
        position: document!.textDocument.positionAt(offsetOf(text, needle, delta, occurrence))
    }) as Hover | undefined;
    return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('hover', () => {
    it('a term: its definition, also where it is used in a target', async () => {
        const onUse = await hoverAt('per Lead', 5);
        expect(onUse).toBe('**Term** `Lead`\n\nA contact that has expressed interest in our products or solutions.');
        expect(await hoverAt('term Lead', 6)).toBe(onUse);
    });

    it('a KPI: its target in words, where it is measured, what it counts and its motion', async () => {
        expect(await hoverAt('kpi Touches', 5)).toBe([
            '**KPI** `Touches`: Touches to contacts',
            '**Target:** at least 60 touches per day',
            '**Measured in:** `Engagement` (Sales engagement platform)',
            '**Counts:** an email, a LinkedIn contact, a call, a meeting',
            '**Motion:** Prospect for leads'
        ].join('\n\n'));
    });

    it('a KPI without a numeric target says so', async () => {
        expect(await hoverAt('kpi Satisfaction', 5)).toContain('**Target:** "above average" (not a number)');
        expect(await hoverAt('kpi DeckTime', 5)).toContain('**Target:** none yet');
    });

    it('a motion: its goal, its KPIs with targets, and the competencies that support it', async () => {
        const hover = await hoverAt('supports Close', 10);
        expect(hover).toBe([
            '**Motion** `Close`: Close the deal',
            '**Goal:** Overcome objections and handle concerns to close the opportunity as won or lost.',
            '**KPIs:**\n- Time to close: at most 90 days, measured in `CRM` (Salesforce)\n- Win rate: at least 75 %, measured in `CRM` (Salesforce)',
            '**Competencies:** How to overcome objections'
        ].join('\n\n'));
    });

    it('a persona counts the competencies of its model that support its motions, in whatever file', async () => {
        // Dogfood: a bank model with its competencies in enablement.wpcm; the persona's hover said
        // "no competency" while its motions' hovers and the module index listed them.
        const services = lspServices();
        const { 'advisor.wpcm': document } = await addFiles(services, {
            'advisor.wpcm': 'model "Bank"\npersona Advisor "Branch advisor" {\n    motion Review "Run the review" { goal "g" }\n    motion Recommend "Recommend what fits" { goal "g" }\n'
                + '    competency Inside "How to open a review" { supports Review value "v" }\n}\n',
            'enablement.wpcm': 'model "Bank"\ncompetency Goals "How to open a goals conversation" { supports Review, Recommend value "v" }\n'
                + 'competency Suitability "How to document suitability" { supports Recommend value "v" }\n',
            'other.wpcm': 'model "Other"\ncompetency Elsewhere "How to do it elsewhere" { supports Review value "v" }\n'
        });
        const text = document!.textDocument.getText();
        const hover = await services.lsp.HoverProvider!.getHoverContent(document!, {
            textDocument: { uri: document!.uri.toString() }, position: document!.textDocument.positionAt(offsetOf(text, 'Advisor', 1))
        }) as Hover;
        expect((hover.contents as { value: string }).value.split('\n\n')[1]).toBe('2 motions, no KPI, 3 competencies');
    });

    it('a competency: its value statement first', async () => {
        const hover = await hoverAt('expert in HandleObjections', 11);
        expect(hover).toBe([
            '**Competency** `HandleObjections`: How to overcome objections',
            '> Objections are the last thing between you and the purchase order.',
            '**Supports:** Close the deal',
            '**Coached by:** Dana Reyes'
        ].join('\n\n'));
    });

    it('a coach: name, role and expertise', async () => {
        expect(await hoverAt('coached by Dana', 12)).toBe([
            '**Coach** `Dana`: Dana Reyes', '**Role:** sme', '**Expert in:** How to overcome objections'
        ].join('\n\n'));
    });

    it('a target in words when hovering its number', async () => {
        expect(await hoverAt('>= 75 %', 3)).toBe('**Target:** at least 75 %');
    });

    it('a clause keyword explains itself', async () => {
        expect(await hoverAt('measured in CRM')).toMatch(/^\*\*measured\*\*: `measured in <System>`/);
    });

    it('escapes Markdown and HTML from the model', async () => {
        const hover = await hoverAt('T ', 0, 0, 'term T "*bold* <img src=x onerror=alert(1)> [link](http://x)"\n');
        expect(hover).toBe('**Term** `T`\n\n\\*bold\\* \\<img src=x onerror=alert(1)\\> \\[link\\](http://x)');
    });

    it('keeps text that starts a paragraph from becoming a heading, list or quote', async () => {
        expect(await hoverAt('T ', 0, 0, 'term T "# Not a heading"\n')).toBe('**Term** `T`\n\n\\# Not a heading');
        expect(await hoverAt('T ', 0, 0, 'term T "- not a list"\n')).toBe('**Term** `T`\n\n\\- not a list');
        expect(await hoverAt('T ', 0, 0, 'term T "> not a quote"\n')).toBe('**Term** `T`\n\n\\> not a quote');
    });

    it('works through langium/test on a reference in another file', async () => {
        const services = lspServices();
        await addFiles(services, { 'terms.wpcm': 'term Win "A closed opportunity."\n' });
        await expectHover(services)({
            text: 'persona P { motion M "Win deals" { kpi K "Wins" { target >= 2 per <|>Win } } }',
            index: 0,
            hover: /^\*\*Term\*\* `Win`\n\nA closed opportunity\.$/,
            disposeAfterCheck: true
        });
    });

    it('nothing on whitespace', async () => {
        expect(await hoverAt('\n\n', 1)).toBeUndefined();
    });
});
