/** Names resolve across the files of a model; separate models do not see each other. */
import { describe, expect, it } from 'vitest';
import type { Competency, Document } from '../../language/src/generated/ast.js';
import { brief, buildWorkspace } from '../support/workspace.js';

const SELLER = `model "Sales"
system CRM "Salesforce"
persona Seller {
    motion Close "Close the deal" {
        goal "Win."
        kpi WinRate "Win rate" { target >= 75 % measured in CRM }
    }
}
`;

const LIBRARY = `model "Sales"
competency Objections "How to overcome objections" {
    supports Close
    value "Objections stand between you and the order."
    coached by Dana
}
`;

const COACHES = `coach Dana "Dana Reyes" {
    role sme
    expert in Objections
}
`;

describe('cross-file references', () => {
    it('a competency in one file supports a motion in another; a header-less coach file is shared', async () => {
        const files = await buildWorkspace({ 'seller.wpcm': SELLER, 'library.wpcm': LIBRARY, 'coaches.wpcm': COACHES });
        for (const [name, file] of Object.entries(files)) expect(file.diagnostics, name).toEqual([]);
        const competency = (files['library.wpcm']!.document.parseResult.value as Document).elements[1] as Competency;
        expect(competency.supports[0]!.ref?.name).toBe('Close');
        expect(competency.coaches[0]!.ref?.title).toBe('Dana Reyes');
    });

    it('without the other file the reference is unresolved, naming the missing element', async () => {
        const files = await buildWorkspace({ 'library.wpcm': LIBRARY, 'coaches.wpcm': COACHES });
        const diagnostics = files['library.wpcm']!.diagnostics;
        expect(brief(LIBRARY, diagnostics)).toEqual([
            { code: 'unresolved-reference', severity: 'error', line: 3, text: 'Close' }
        ]);
        expect(diagnostics[0]!.message).toBe("Unknown motion 'Close': no motion of that name is defined in the workspace; check the spelling or define it.");
    });

    it('reports duplicate names in both files of one model', async () => {
        const files = await buildWorkspace({ 'a.wpcm': SELLER, 'b.wpcm': 'model "Sales"\nsystem CRM "HubSpot"\n' });
        const duplicates = files['a.wpcm']!.diagnostics.filter(d => d.code === 'duplicate-name');
        expect(brief(SELLER, duplicates)).toEqual([{ code: 'duplicate-name', severity: 'error', line: 2, text: 'CRM' }]);
        expect(files['b.wpcm']!.diagnostics.map(d => d.code)).toEqual(['duplicate-name']);
    });

    it('a header-less file clashes with every model', async () => {
        const files = await buildWorkspace({ 'a.wpcm': SELLER, 'shared.wpcm': 'system CRM "HubSpot"\n' });
        expect(files['shared.wpcm']!.diagnostics.map(d => d.code)).toEqual(['duplicate-name']);
    });

    it('another model does not see these names', async () => {
        const other = LIBRARY.replace('model "Sales"', 'model "Service"');
        const files = await buildWorkspace({ 'seller.wpcm': SELLER, 'library.wpcm': other, 'coaches.wpcm': COACHES });
        expect(files['library.wpcm']!.diagnostics.map(d => d.code)).toEqual(['unresolved-reference']);
        // ...and the seller's motion is not counted as supported by the other model's competency.
        expect(files['seller.wpcm']!.diagnostics.map(d => d.code)).toEqual(['motion-no-competency']);
    });
});
