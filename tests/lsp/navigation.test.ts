/** Go to definition and find references, within a file and across the files of a model. */
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-types';
import { addFiles, lspServices, offsetOf } from './support.js';

describe('go to definition', () => {
    it('jumps from a reference to the name it declares', async () => {
        await expectGoToDefinition(lspServices())({
            text: 'system <|CRM|>\npersona P { motion M "Do it" { kpi K "k" { measured in C<|>RM } } }',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });

    it('jumps into another file of the model', async () => {
        const services = lspServices();
        const files = await addFiles(services, {
            'persona.wpcm': 'model "M"\npersona P { motion Close "Close the deal" { goal "g" } }\n',
            'library.wpcm': 'model "M"\ncompetency C "How to close" { supports Close }\n'
        });
        const library = files['library.wpcm']!;
        const links = await services.lsp.DefinitionProvider!.getDefinition(library, {
            textDocument: { uri: library.uri.toString() },
            position: library.textDocument.positionAt(offsetOf(library.textDocument.getText(), 'supports Close', 10))
        });
        expect(links).toHaveLength(1);
        expect(links![0]!.targetUri).toBe('file:///ws/persona.wpcm');
        expect(links![0]!.targetSelectionRange).toEqual({ start: { line: 1, character: 19 }, end: { line: 1, character: 24 } });
    });
});

describe('find references', () => {
    it('finds every use of a motion, with or without its declaration', async () => {
        const text = 'persona P { motion <|Close|> "Close the deal" { goal "g" } }\ncompetency A "How to a" { supports <|Close|> }\ncompetency B "How to b" { supports <|Close|> }\ngap G "g" { affects <|Close|> }';
        await expectFindReferences(lspServices())({ text, includeDeclaration: true, disposeAfterCheck: true });
    });

    it('finds uses in other files', async () => {
        const services = lspServices();
        const files = await addFiles(services, {
            'a.wpcm': 'system CRM\n',
            'b.wpcm': 'persona P { motion M "Do it" { kpi K "k" { measured in CRM } kpi L "l" { measured in CRM } } }\n'
        });
        const a = files['a.wpcm']!;
        const locations = await services.lsp.ReferencesProvider!.findReferences(a, {
            textDocument: { uri: a.uri.toString() }, position: { line: 0, character: 8 }, context: { includeDeclaration: false }
        }) as Location[];
        expect(locations.map(l => `${l.uri}:${l.range.start.line}:${l.range.start.character}`).sort()).toEqual([
            'file:///ws/b.wpcm:0:55', 'file:///ws/b.wpcm:0:85'
        ]);
    });
});
