/** Outline (document symbols), workspace symbols and folding. */
import type { AstNodeDescription } from 'langium';
import { URI } from 'langium';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { WpcmNodeKindProvider } from '../../language/src/lsp/node-kinds.js';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices } from './support.js';

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(s => [`${'  '.repeat(depth)}${KIND_NAMES[s.kind]} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

describe('document symbols', () => {
    it('nest persona > motions > KPIs, and competencies, with titles and targets', async () => {
        let tree: string[] = [];
        await expectSymbols(lspServices())({ text: readExample('direct-seller.wpcm'), assert: symbols => { tree = outline(symbols); }, disposeAfterCheck: true });
        expect(tree).toEqual([
            'Constant Lead', 'Constant Opportunity', 'Constant Win',
            'Interface CRM — Salesforce', 'Interface Engagement — Sales engagement platform',
            'Interface Content — Content analytics', 'Interface Survey — Customer satisfaction survey',
            'Class DirectSeller — Direct Seller',
            '  Function Prospect — Prospect for leads',
            '    Property Touches — Touches to contacts: at least 60 touches per day',
            '  Function Qualify — Qualify the lead',
            '    Property NewOpportunities — Opportunities worth at least $10k: at least 1 Opportunity per day',
            '  Function Present — Present your solution',
            '    Property DeckOpens — Presentation opens per lead: at least 1 open per Lead',
            '    Property DeckTime — Time spent in the presentation',
            '  Function Close — Close the deal',
            '    Property TimeToClose — Time to close: at most 90 days',
            '    Property WinRate — Win rate: at least 75 %',
            '  Function EnsureSuccess — Ensure success',
            '    Property Satisfaction — Satisfaction at three months',
            '  Module HandleObjections — How to overcome objections',
            '  Module EnterOpportunity — How to enter a new opportunity in the system',
            '  Module WhenToEnter — When to enter a new opportunity in the system',
            'Object Dana — Dana Reyes'
        ]);
    });

    it('select the name and span the block', async () => {
        await expectSymbols(lspServices())({
            text: 'persona P {\n    motion M "Do it" { goal "g" }\n}\n',
            assert: symbols => {
                expect(symbols[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
                expect(symbols[0]!.selectionRange).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 9 } });
            },
            disposeAfterCheck: true
        });
    });

    it('survive a half-typed file', async () => {
        await expectSymbols(lspServices())({ text: 'persona P {\n    motion M "Do it" {\n        kpi', assert: symbols => expect(outline(symbols)).toEqual(['Class P', '  Function M — Do it']), disposeAfterCheck: true });
    });
});

describe('workspace symbols', () => {
    it('find names across files, fuzzily', async () => {
        const services = lspServices();
        await addFiles(services, { 'a.wpcm': readExample('direct-seller.wpcm'), 'b.wpcm': readExample('abc-co.wpcm') });
        await expectWorkspaceSymbols(services.shared)({
            query: 'forecast',
            assert: symbols => expect(symbols.map(s => `${s.name} ${s.location.uri}`).sort()).toEqual([
                'Forecast file:///ws/b.wpcm', 'ForecastReliability file:///ws/b.wpcm'
            ])
        });
    });

    it('kinds follow the element kind', () => {
        const kinds = new WpcmNodeKindProvider();
        const description = (type: string) => ({ type, name: 'X', documentUri: URI.parse('file:///x.wpcm'), path: '' }) as AstNodeDescription;
        expect(kinds.getSymbolKind(description('Motion'))).toBe(SymbolKind.Function);
        expect(kinds.getSymbolKind(description('Persona'))).toBe(SymbolKind.Class);
        expect(kinds.getSymbolKind({ $type: 'Kpi' })).toBe(SymbolKind.Property);
    });
});

describe('folding', () => {
    it('folds blocks and comment runs, not one-liners', async () => {
        await expectFoldings(lspServices())({
            text: [
                '// A header comment',
                '// over three lines',
                '// about the model',
                'system CRM',
                'persona P {',
                '    motion M "Do it" {',
                '        goal "g"',
                '        requires {',
                '            "a"',
                '            "b"',
                '        }',
                '    }',
                '    motion N "Go" { goal "g" }',
                '}',
                '/* a block',
                '   comment',
                '   here */'
            ].join('\n'),
            // Like Langium, a block comment's fold keeps its closing line visible.
            assert: foldings => expect(foldings.map(f => [f.startLine, f.endLine]).sort((a, b) => a[0]! - b[0]!)).toEqual(
                [[0, 2], [4, 12], [5, 10], [7, 9], [14, 15]]),
            disposeAfterCheck: true
        });
    });
});
