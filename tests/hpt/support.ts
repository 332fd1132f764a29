/** Helpers for the HPT tests: a clean model around one gap, and quick fixes applied to it. */
import { expect } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addFiles, lspServices } from '../lsp/support.js';

/** 15 lines; the gap starts on line 16, `affects` is line 17, the performance line 18, the body from line 19. */
export const MODEL = `model "Test"
system CRM "Salesforce"
persona Seller "Seller" {
    motion Qualify "Qualify the lead" {
        goal "Create an opportunity."
        kpi Qualified "Qualified leads" {
            target >= 5 leads per week
            measured in CRM
        }
    }
    competency AskQuestions "How to ask qualifying questions" {
        supports Qualify
        value "Good questions save weeks."
    }
}
`;

/** The model with `gap G` affecting Qualify, current performance 3 leads a week, and the given body lines. */
export function gap(body: readonly string[], performance = '    performance Qualified is 3 leads'): string {
    return `${MODEL}gap G "Too few qualified leads" {\n    affects Qualify\n${performance ? `${performance}\n` : ''}${body.map(l => `${l}\n`).join('')}}\n`;
}

export interface Fixes { actions: CodeAction[]; diagnostics: Diagnostic[]; apply: (title: string) => string }

/** The quick fixes offered for the one diagnostic with this code (the n-th one if there are several). */
export async function fixesFor(text: string, code: string, nth = 0): Promise<Fixes> {
    const services = lspServices();
    const { 'test.wpcm': document } = await addFiles(services, { 'test.wpcm': text });
    const diagnostics = document!.diagnostics!.filter(d => d.code === code);
    expect(diagnostics.length, `${code} diagnostics`).toBeGreaterThan(nth);
    const diagnostic = diagnostics[nth]!;
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document!, {
        textDocument: { uri: document!.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    const apply = (title: string) => {
        const action = actions.find(a => a.title === title);
        if (!action) throw new Error(`no action "${title}" in ${JSON.stringify(actions.map(a => a.title))}`);
        return TextDocument.applyEdits(TextDocument.create('file:///t.wpcm', 'wpcm', 1, text), action.edit!.changes![document!.uri.toString()]!);
    };
    return { actions, diagnostics, apply };
}

export async function codesOf(text: string): Promise<string[]> {
    const services = lspServices();
    const { 'test.wpcm': document } = await addFiles(services, { 'test.wpcm': text });
    return document!.diagnostics!.map(d => String(d.code));
}
