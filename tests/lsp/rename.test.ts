/** Rename across files, with the new name checked first. */
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { addFiles, lspServices, offsetOf } from './support.js';

const FILES = {
    'persona.wpcm': 'model "M"\npersona P {\n    motion Close "Close the deal" { goal "g" }\n    motion Qualify "Qualify the lead" { goal "g" }\n}\n',
    'library.wpcm': 'model "M"\ncompetency C "How to close" { supports Close, Qualify }\ngap G "g" { affects Close }\n',
    'other-model.wpcm': 'model "Other"\npersona P2 { motion Win "Win the deal" { goal "g" } }\n'
};

async function setUp(): Promise<{ services: WpcmServices; files: Record<string, LangiumDocument> }> {
    const services = lspServices();
    return { services, files: await addFiles(services, FILES) };
}

async function rename(newName: string, file = 'persona.wpcm', needle = 'Close "', delta = 1): Promise<WorkspaceEdit | undefined> {
    const { services, files } = await setUp();
    const document = files[file]!;
    return services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offsetOf(document.textDocument.getText(), needle, delta)),
        newName
    });
}

function applied(edit: WorkspaceEdit, file: keyof typeof FILES): string {
    const edits: TextEdit[] = edit.changes?.[`file:///ws/${file}`] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'wpcm', 1, FILES[file]), edits);
}

describe('rename', () => {
    it('renames the declaration and every reference, across files', async () => {
        const edit = (await rename('CloseDeal'))!;
        expect(applied(edit, 'persona.wpcm')).toContain('motion CloseDeal "Close the deal"');
        expect(applied(edit, 'library.wpcm')).toBe('model "M"\ncompetency C "How to close" { supports CloseDeal, Qualify }\ngap G "g" { affects CloseDeal }\n');
        expect(Object.keys(edit.changes!).sort()).toEqual(['file:///ws/library.wpcm', 'file:///ws/persona.wpcm']);
    });

    it('works from a reference too', async () => {
        const edit = (await rename('Qualification', 'library.wpcm', 'Qualify', 2))!;
        expect(applied(edit, 'persona.wpcm')).toContain('motion Qualification "Qualify the lead"');
    });

    it('prepareRename accepts names and rejects keywords', async () => {
        const { services, files } = await setUp();
        const document = files['persona.wpcm']!;
        const at = (needle: string, delta: number) => services.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offsetOf(FILES['persona.wpcm'], needle, delta))
        });
        expect(await at('Close "', 2)).toEqual({ start: { line: 2, character: 11 }, end: { line: 2, character: 16 } });
        expect(await at('motion Close', 2)).toBeUndefined();
    });

    it.each([
        ['Close deal', /not a valid name/],
        ['9lives', /not a valid name/],
        ['', /not a valid name/],
        ['goal', /'goal' is a WPCM keyword/],
        ['day', /'day' is a WPCM keyword/],
        ['Qualify', /A motion named 'Qualify' already exists in this model/],
        ['P', /A persona named 'P' already exists in this model/]
    ])('refuses %j with a clear error', async (name, message) => {
        const error = await rename(name).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<void>).message).toMatch(message);
    });

    it('allows a name another model uses', async () => {
        expect(await rename('Win')).toBeDefined();
    });
});
