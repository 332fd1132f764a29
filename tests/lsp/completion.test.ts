/** Completion: keywords in context, names where references go, and values for free words. */
import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { addFiles, lspServices } from './support.js';

const MODEL = `
system CRM "Salesforce"
system Survey "Customer survey"
term Lead "A contact that has expressed interest."
persona P {
    motion Prospect "Prospect for leads" { goal "g" }
    motion Close "Close the deal" { goal "g" }
}
coach Dana "Dana Reyes" { role sme }
`;

function labels(list: CompletionList): string[] {
    return list.items.map(i => i.label).sort();
}

async function complete(text: string, services = lspServices()): Promise<CompletionList> {
    let result: CompletionList = { isIncomplete: false, items: [] };
    await expectCompletion(services)({ text, index: 0, assert: list => { result = list; }, disposeAfterCheck: true });
    return result;
}

describe('keywords in context', () => {
    it('at the top level: the element keywords', async () => {
        const list = await complete('<|>');
        expect(labels(list)).toEqual(['coach', 'competency', 'gap', 'model', 'organization', 'persona', 'system', 'term']);
        expect(list.items.every(i => i.kind === CompletionItemKind.Keyword)).toBe(true);
    });

    it('inside a motion: its clauses and kpi', async () => {
        expect(labels(await complete('persona P { motion M "Do it" { <|> } }'))).toEqual(['goal', 'kpi', 'question', 'requires']);
    });

    it('inside a KPI: target, counts, measured', async () => {
        expect(labels(await complete('persona P { motion M "Do it" { kpi K "k" { <|> } } }'))).toEqual(['counts', 'measured', 'target']);
    });

    it('after a target comparator and number: units, periods and per', async () => {
        const list = await complete(`${MODEL}\npersona Q { motion M "Do it" { kpi K "k" { target >= 60 <|> } } }`);
        const names = labels(list);
        for (const word of ['per', 'day', 'week', 'touches', 'counts', 'measured']) expect(names).toContain(word);
        expect(list.items.find(i => i.label === 'touches')?.kind).toBe(CompletionItemKind.Unit);
    });

    it('after per: periods and the terms of the model', async () => {
        const names = labels(await complete(`${MODEL}\npersona Q { motion M "Do it" { kpi K "k" { target >= 1 per <|> } } }`));
        expect(names).toEqual(expect.arrayContaining(['day', 'week', 'month', 'quarter', 'year', 'Lead']));
        expect(names).not.toContain('CRM');
    });
});

describe('names where references go', () => {
    it('motions after supports, with their titles', async () => {
        const list = await complete(`${MODEL}\ncompetency C "How to x" { supports <|> }`);
        expect(labels(list)).toEqual(['Close', 'Prospect']);
        const close = list.items.find(i => i.label === 'Close') as CompletionItem;
        expect(close.kind).toBe(CompletionItemKind.Function);
        expect(close.detail).toBe('motion: Close the deal');
    });

    it('skips motions the list already names', async () => {
        expect(labels(await complete(`${MODEL}\ncompetency C "How to x" { supports Close, <|> }`))).toEqual(['Prospect']);
    });

    it('coaches after coached by', async () => {
        expect(labels(await complete(`${MODEL}\ncompetency C "How to x" { coached by <|> }`))).toEqual(['Dana']);
    });

    it('systems after measured in', async () => {
        expect(labels(await complete(`${MODEL}\npersona Q { motion M "Do it" { kpi K "k" { measured in <|> } } }`))).toEqual(['CRM', 'Survey']);
    });

    it('names from other files of the same model', async () => {
        const services = lspServices();
        await addFiles(services, { 'systems.wpcm': 'model "A"\nsystem Warehouse "Data warehouse"\n', 'other.wpcm': 'model "B"\nsystem Elsewhere\n' });
        const names = labels(await complete('model "A"\npersona Q { motion M "Do it" { kpi K "k" { measured in <|> } } }', services));
        expect(names).toEqual(['Warehouse']);
    });

    it('module formats after format', async () => {
        expect(labels(await complete(`competency C "How to x" { format <|> }`))).toEqual(expect.arrayContaining(['video', 'infographic']));
    });
});
