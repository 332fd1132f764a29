/** Code lenses: counts above each persona and each motion. */
import { describe, expect, it } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices } from './support.js';

async function lenses(files: Record<string, string>, name: string): Promise<string[]> {
    const services = lspServices();
    const documents = await addFiles(services, files);
    const document = documents[name]!;
    const result = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) as CodeLens[];
    return result.map(lens => `${lens.range.start.line + 1}: ${lens.command!.title}`);
}

describe('code lens', () => {
    it('summarizes the direct-seller persona and each of its motions', async () => {
        expect(await lenses({ 'ds.wpcm': readExample('direct-seller.wpcm') }, 'ds.wpcm')).toEqual([
            '19: 5 motions, 7 KPIs, 2 without target',
            '22: 1 KPI, no competency',
            '32: 1 KPI, 2 competencies',
            '46: 2 KPIs, no competency',
            '58: 2 KPIs, 1 competency',
            '70: 1 KPI, no competency'
        ]);
    });

    it('counts competencies from other files of the model, and says nothing extra when every KPI has a target', async () => {
        const files = {
            'p.wpcm': 'model "M"\npersona P {\n    motion Close "Close the deal" { kpi K "k" { target >= 1 per day } }\n}\n',
            'lib.wpcm': 'model "M"\ncompetency A "How to a" { supports Close }\n'
        };
        expect(await lenses(files, 'p.wpcm')).toEqual(['2: 1 motion, 1 KPI', '3: 1 KPI, 1 competency']);
    });

    it('lenses are informational: an empty command, placed at the start of the element', async () => {
        const services = lspServices();
        const { 'a.wpcm': document } = await addFiles(services, { 'a.wpcm': '  persona P { motion M "Do it" { } }' });
        const [persona] = await services.lsp.CodeLensProvider!.provideCodeLens(document!, { textDocument: { uri: document!.uri.toString() } }) as CodeLens[];
        expect(persona).toEqual({ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, command: { title: '1 motion, no KPI', command: '' } });
    });
});
