/** The verb-phrase rewrite: offered with the diagnostic, and applying it removes the finding. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { buildWorkspace, readExample } from '../support/workspace.js';
import { newServices } from '../support/workspace.js';

async function quickFixes(text: string): Promise<{ actions: CodeAction[]; apply: (action: CodeAction) => string }> {
    const { 'test.wpcm': file } = await buildWorkspace({ 'test.wpcm': text });
    const provider = newServices().lsp.CodeActionProvider!;
    const diagnostics = file!.diagnostics.filter(d => d.code === 'motion-noun-phrase');
    const actions = (await provider.getCodeActions(file!.document, {
        textDocument: { uri: file!.document.uri.toString() },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics }
    })) as CodeAction[] | undefined ?? [];
    const rewrites = actions.filter(a => a.title.startsWith('Rewrite as'));
    const apply = (action: CodeAction) => {
        const edits = Object.values(action.edit!.changes!)[0]!;
        return TextDocument.applyEdits(TextDocument.create('file:///t', 'wpcm', 1, text), edits);
    };
    return { actions: rewrites, apply };
}

describe('motion-noun-phrase quick fix', () => {
    it('rewrites "Deal closure" in the ABC Co. example as "Close the deal"', async () => {
        const text = readExample('abc-co.wpcm');
        const { actions, apply } = await quickFixes(text);
        expect(actions.map(a => a.title)).toEqual(['Rewrite as "Close the deal"']);
        expect(actions[0]!.isPreferred).toBe(true);
        const fixed = apply(actions[0]!);
        expect(fixed).toContain('motion Closing "Close the deal" {');
        const { 'test.wpcm': after } = await buildWorkspace({ 'test.wpcm': fixed });
        expect(after!.diagnostics.map(d => d.code)).not.toContain('motion-noun-phrase');
    });

    it('keeps single quotes when the title used them', async () => {
        const text = `persona P { motion M 'Lead qualification' { goal "g" } }\n`;
        const { actions, apply } = await quickFixes(text);
        expect(apply(actions[0]!)).toBe(`persona P { motion M 'Qualify leads' { goal "g" } }\n`);
    });

    it('offers nothing when no rewrite can be derived', async () => {
        const text = `persona P { motion M "Win rate" { goal "g" } }\n`;
        const { actions } = await quickFixes(text);
        expect(actions).toEqual([]);
    });
});
