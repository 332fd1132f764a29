/** Hover on a value of format, practice, role or reports: the documented meaning from model/values.ts. */
import { describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-types';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices, offsetOf } from './support.js';

async function hoverAt(text: string, needle: string, delta: number): Promise<string | undefined> {
    const services = lspServices();
    const { 'model.wpcm': document } = await addFiles(services, { 'model.wpcm': text });
    const hover = await services.lsp.HoverProvider!.getHoverContent(document!, {
        textDocument: { uri: document!.uri.toString() },
        position: document!.textDocument.positionAt(offsetOf(text, needle, delta))
    }) as Hover | undefined;
    return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('value hover', () => {
    const seller = readExample('direct-seller.wpcm');
    it.each([
        [seller, 'format video', 8, '**video** (format): shows best practice, how top sellers handle the moment in their own words'],
        [seller, 'practice roleplay', 10, '**roleplay** (practice): rehearse the words to say with a peer or your coach playing the customer, then swap roles'],
        [seller, 'role sme', 6, '**sme** (coach role): subject-matter expert'],
        [readExample('abc-co.wpcm'), 'reports quarterly', 9, '**quarterly** (reporting period): reports every quarter']
    ])('%#: %s', async (text, needle, delta, expected) => {
        expect(await hoverAt(text, needle, delta)).toBe(expected);
    });

    it('says when a value is not a known one', async () => {
        const text = 'persona P { motion M "Do it" { goal "g" } competency C "How to" { supports M format hologram } }';
        expect(await hoverAt(text, 'hologram', 2)).toBe('**hologram**: not one of the known formats (video, infographic, checklist, job-aid, article, podcast, webinar, elearning).');
    });
});
