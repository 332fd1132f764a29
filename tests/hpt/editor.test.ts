/** Hover and completion for Gilbert cells and intervention kinds: the fit table where the words are typed. */
import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CompletionList, Hover } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { addFiles, lspServices, offsetOf } from '../lsp/support.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, readExample } from '../support/workspace.js';
import { gap } from './support.js';

const FIT_TABLE = [
    '| cell | kinds that fit |', '|---|---|',
    '| information | `coaching`, `feedback`, `process`, `structure`, `policy` |',
    '| resources | `tooling`, `process`, `structure` |',
    '| incentives | `compensation`, `policy` |',
    '| knowledge | `training`, `coaching` |',
    '| capacity | `selection` |',
    '| motives | `selection` |'
].join('\n');

const TEXT = gap(['    cause process "No lead routing." as resources', '    intervention tooling "Lead routing in CRM" addresses process',
    '    intervention townhall "Explain routing" addresses process', '    evaluated by Qualified']);

async function hoverAt(needle: string, delta: number): Promise<string | undefined> {
    const services = lspServices();
    const { 'm.wpcm': document } = await addFiles(services, { 'm.wpcm': TEXT });
    const hover = await services.lsp.HoverProvider!.getHoverContent(document!, {
        textDocument: { uri: document!.uri.toString() }, position: document!.textDocument.positionAt(offsetOf(TEXT, needle, delta))
    }) as Hover | undefined;
    return hover ? (hover.contents as { value: string }).value : undefined;
}

async function complete(text: string): Promise<CompletionList> {
    let result: CompletionList = { isIncomplete: false, items: [] };
    await expectCompletion(lspServices())({ text, index: 0, assert: list => { result = list; }, disposeAfterCheck: true });
    return result;
}

describe('hover', () => {
    it('on a cell: its meaning, the kinds that fit it and the fit table', async () => {
        expect(await hoverAt('as resources', 4)).toBe([
            "**Cell** `resources` (environment, Gilbert's Behavior Engineering Model)",
            'Environment: tools, data, time, materials and processes to do the work.',
            '**Kinds that fit:** `tooling`, `process`, `structure`',
            FIT_TABLE
        ].join('\n\n'));
    });

    it('on a known intervention kind: why it fits, which cells, its default level', async () => {
        expect(await hoverAt('intervention tooling', 14)).toBe([
            '**Intervention kind** `tooling`: gives people the tools, data and time to perform.',
            '**Fits:** `resources`',
            '**Addresses by default:** process',
            FIT_TABLE
        ].join('\n\n'));
    });

    it('on an unknown kind: it fits by the level it addresses', async () => {
        expect(await hoverAt('intervention townhall', 14)).toBe([
            '**Intervention kind** `townhall`',
            'Not in the fit table: it fits any cause at the levels it addresses (say which with `addresses`).',
            FIT_TABLE
        ].join('\n\n'));
    });
});

describe('hover on a gap', () => {
    it('states the performance against the target and how many causes are open', async () => {
        expect(await hoverAt('gap G', 4)).toBe([
            '**Gap** `G`: Too few qualified leads',
            '**Performance:** Qualified leads is 3 leads (2 leads per week from at least 5 leads per week)',
            '**Causes:** process (0 open)',
            '**Interventions:** tooling: Lead routing in CRM; townhall: Explain routing'
        ].join('\n\n'));
    });
});

describe('completion', () => {
    it('after "as": the six cells, the environment first, with the kinds that fit', async () => {
        const list = await complete('gap G "g" { cause process "c" as <|> }');
        const cells = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        expect(cells.map(i => i.label)).toEqual(['information', 'resources', 'incentives', 'knowledge', 'capacity', 'motives']);
        expect(cells.every(i => i.kind === CompletionItemKind.EnumMember)).toBe(true);
        expect(cells[2]!.detail).toBe('environment: fits compensation, policy');
        expect((cells[3]!.documentation as { value: string }).value).toContain(FIT_TABLE);
    });

    it('after "intervention": the kinds of the table, each with what it fits', async () => {
        const list = await complete('gap G "g" { intervention <|> }');
        const training = list.items.find(i => i.label === 'training' && i.kind === CompletionItemKind.Value)!;
        expect(training.detail).toBe('fits knowledge; performer level only');
        expect(list.items.find(i => i.label === 'compensation')!.detail).toBe('fits incentives; organization level');
        expect(list.items.find(i => i.label === 'leadership')!.detail).toBe('fits any cell; organization level');
    });
});

describe('formatting and the single-clause check', () => {
    async function format(text: string): Promise<string> {
        const services = lspServices();
        const { 'f.wpcm': document } = await addFiles(services, { 'f.wpcm': text });
        const edits = await services.lsp.Formatter!.formatDocument(document!, { textDocument: { uri: document!.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(TextDocument.create('file:///f.wpcm', 'wpcm', 1, text), edits);
    }

    it('leaves abc-co-hpt.wpcm exactly as it is', async () => {
        const text = readExample('abc-co-hpt.wpcm');
        expect(await format(text)).toBe(text);
    });

    it('puts performance, causes, interventions and evaluated by on their own lines', async () => {
        expect(await format('gap G "g" { affects P performance K is 45 % cause process "c" as information intervention process "p" addresses process evaluated by K, L }\n'))
            .toBe('gap G "g" {\n    affects P\n    performance K is 45 %\n    cause process "c" as information\n    intervention process "p" addresses process\n    evaluated by K, L\n}\n');
    });

    it('a second evaluated by is a duplicate clause', async () => {
        const codes = (await diagnose(gap(['    cause process "No lead routing." as resources', '    intervention tooling "t" addresses process', '    evaluated by Qualified', '    evaluated by Qualified'])))
            .map(d => String(d.code));
        expect(codes).toEqual(['duplicate-clause']);
    });
});

describe('the README', () => {
    it('shows the kind table exactly as the code has it', async () => {
        const { readFileSync } = await import('node:fs');
        const { kindTableMarkdown } = await import('../../language/src/lsp/hpt-docs.js');
        expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(kindTableMarkdown());
    });
});
