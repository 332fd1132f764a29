/** Semantic tokens: names by kind (declaration and reference alike), and the parts of a target. */
import { highlightHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { SemanticTokenModifiers } from 'vscode-languageserver';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { lspServices } from './support.js';

const TEXT = `term Lead "l"
system CRM
persona P {
    motion Close "Close the deal" {
        kpi Wins "w" { target between $10k and 20k deals per Lead measured in CRM }
        kpi Rate "r" { target >= 75 % per quarter }
    }
    competency C "How to close" { supports Close coached by Dana }
}
coach Dana { expert in C }
gap G "g" { affects P, Close cause process "p" intervention tooling "t" addresses process }
`;

describe('semantic tokens', () => {
    it('colour each name by what it denotes, and mark declarations', async () => {
        const { tokens } = await highlightHelper(lspServices())(TEXT);
        const declaration = AllSemanticTokenModifiers[SemanticTokenModifiers.declaration]!;
        const brief = tokens.map(t => `${t.text}:${t.tokenType}${t.tokenModifiers & declaration ? '*' : ''}`);
        expect(brief).toEqual([
            'Lead:type*', 'CRM:namespace*', 'P:class*', 'Close:function*',
            'Wins:property*', '$:operator', '10k:number', '20k:number', 'deals:type', 'Lead:type', 'CRM:namespace',
            'Rate:property*', '>=:operator', '75:number', '%:operator', 'quarter:enumMember',
            'C:method*', 'Close:function', 'Dana:variable',
            'Dana:variable*', 'C:method',
            'G:event*', 'P:class', 'Close:function', 'process:enumMember', 'tooling:enumMember', 'process:enumMember'
        ]);
    });
});
