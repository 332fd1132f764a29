/** The hover on a motion says in words why its title is a noun phrase (issue 12, item 6). */
import { describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-types';
import { addFiles, lspServices, offsetOf } from '../lsp/support.js';

const MODEL = `system CRM "Salesforce"
persona Seller "Seller" {
    motion Officers "Credit analysts" { goal "g" }
    motion Qualify "Qualify the lead" { goal "g" }
    motion Report "Leads by source" { goal "g" }
}
`;

async function hoverAt(needle: string): Promise<string> {
    const services = lspServices();
    const { 'model.wpcm': document } = await addFiles(services, { 'model.wpcm': MODEL });
    const hover = (await services.lsp.HoverProvider!.getHoverContent(document!, {
        textDocument: { uri: document!.uri.toString() },
        position: document!.textDocument.positionAt(offsetOf(MODEL, needle, 7)),
    })) as Hover | undefined;
    return (hover!.contents as { value: string }).value;
}

describe('motion hover', () => {
    it('explains a noun-phrase title by its head', async () => {
        const hover = await hoverAt('motion Officers');
        expect(hover.split('\n\n').slice(0, 2)).toEqual([
            '**Motion** `Officers`: Credit analysts',
            "**Title:** a noun phrase, not an action: 'Credit analysts' is headed by the plural job title 'analysts'",
        ]);
    });

    it('explains a report name by its breakdown, which the rule decides alone', async () => {
        const hover = await hoverAt('motion Report');
        expect(hover.split('\n\n').slice(0, 2)).toEqual([
            '**Motion** `Report`: Leads by source',
            "**Title:** a noun phrase, not an action: 'Leads' is a plural noun broken down by 'source', the name of a report",
        ]);
    });

    it('says nothing about the form of a verb-phrase title', async () => {
        const hover = await hoverAt('motion Qualify');
        expect(hover.split('\n\n')[0]).toBe('**Motion** `Qualify`: Qualify the lead');
        expect(hover).not.toContain('**Title:**');
    });
});
