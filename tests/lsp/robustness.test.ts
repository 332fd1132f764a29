/**
 * Every editor feature must answer on any text, including the broken text
 * of the fuzz corpus (random token insertions, deletions and truncations of
 * the examples): no exception, and formatting either leaves a broken file
 * alone or keeps its meaning and is idempotent.
 */
import type { LangiumDocument } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '../../language/src/generated/ast.js';
import { seededRandom } from '../support/random.js';
import { readExample } from '../support/workspace.js';
import { lspServices, parser } from './support.js';

const TOKENS = ['{', '}', '"', "'", 'motion', 'kpi', 'target', '>=', 'between', 'and', 'per', 'day', '%', '$', '10k', '-5',
    'measured in', 'supports', ',', 'persona', 'competency', 'coach', 'gap', 'cause', 'intervention', 'model "x"',
    '/*', '*/', '//', '\n', '😀', '<script>', ' ', '\n\n', 'Close', 'CRM'];

function fuzz(random: () => number, base: string): string {
    let text = base;
    for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1));
        const roll = random();
        if (roll < 0.35) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
        else if (roll < 0.9) text = text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
        else text = text.slice(0, at);
    }
    return text;
}

const services = lspServices();
const parse = parser(services);
const lsp = services.lsp;
const options = { tabSize: 4, insertSpaces: true };

async function exercise(document: LangiumDocument<Document>, random: () => number): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    for (let probe = 0; probe < 3; probe++) {
        const position = document.textDocument.positionAt(Math.floor(random() * (length + 1)));
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
        await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
        await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
    }
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
    const diagnostics: Diagnostic[] = document.diagnostics ?? [];
    for (const diagnostic of diagnostics) {
        const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
        for (const action of actions) {
            // Every edit must apply cleanly (ranges inside the document, no overlaps).
            TextDocument.applyEdits(TextDocument.create('file:///x', 'wpcm', 1, document.textDocument.getText()), action.edit!.changes![textDocument.uri]!);
        }
    }
}

function errors(document: LangiumDocument): number {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
}

describe('editor features on broken input', () => {
    it('answer on 300 fuzzed variants of the examples without throwing; formatting is safe', async () => {
        // Quick fixes and Langium log (instead of throwing) when a feature crashes: that counts as a failure here.
        const consoleError = vi.spyOn(console, 'error');
        const random = seededRandom(4242);
        const bases = [readExample('direct-seller.wpcm'), readExample('abc-co.wpcm')];
        let formattedParseable = 0;
        for (let i = 0; i < 300; i++) {
            const text = fuzz(random, bases[i % 2]!);
            const document = await parse(text, { documentUri: `file:///fuzz/robust-${i}.wpcm`, validation: true });
            await exercise(document, random);
            const edits = await lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
            if (errors(document) > 0) {
                expect(edits, `case ${i}: a broken file is left alone`).toEqual([]);
                continue;
            }
            formattedParseable++;
            const once = TextDocument.applyEdits(document.textDocument, edits);
            const reparsed = await parse(once, { documentUri: `file:///fuzz/robust-${i}-formatted.wpcm` });
            expect(errors(reparsed), `case ${i}: formatted text parses`).toBe(0);
            const json = (d: LangiumDocument) => services.serializer.JsonSerializer.serialize(d.parseResult.value, { refText: true, textRegions: false, comments: false })
                .replace(/"\$ref":\s*"[^"]*"/g, '');
            expect(json(reparsed), `case ${i}: same AST`).toBe(json(document));
            const twice = await lsp.Formatter!.formatDocument(reparsed, { textDocument: { uri: reparsed.uri.toString() }, options });
            expect(TextDocument.applyEdits(reparsed.textDocument, twice), `case ${i}: idempotent`).toBe(once);
        }
        expect(formattedParseable).toBeGreaterThan(20);
        expect(consoleError).not.toHaveBeenCalled();
        consoleError.mockRestore();
    });
});
