/**
 * Quick fixes of the gap rules: the exact text each produces, and the
 * finding it fixes is gone afterwards.
 */
import { describe, expect, it } from 'vitest';
import { readExample } from '../support/workspace.js';
import { codesOf, fixesFor, gap } from './support.js';

const EVALUATED = '    evaluated by Qualified';

async function fixed(text: string, code: string, title: string, nth = 0): Promise<string> {
    const after = (await fixesFor(text, code, nth)).apply(title);
    expect(await codesOf(after)).not.toContain(code);
    return after;
}

describe('quick fixes of the gap rules', () => {
    it('cause-no-cell: one action per cell, the environment first; each appends "as <cell>"', async () => {
        const text = gap(['    cause process "No lead routing."', '    intervention tooling "Lead routing in CRM" addresses process', EVALUATED]);
        const { actions } = await fixesFor(text, 'cause-no-cell');
        expect(actions.slice(0, 6).map(a => a.title)).toEqual([
            'Classify as information (environment)', 'Classify as resources (environment)', 'Classify as incentives (environment)',
            'Classify as knowledge (individual)', 'Classify as capacity (individual)', 'Classify as motives (individual)'
        ]);
        expect(await fixed(text, 'cause-no-cell', 'Classify as resources (environment)'))
            .toBe(text.replace('cause process "No lead routing."', 'cause process "No lead routing." as resources'));
    });

    it('cause-unaddressed: adds an intervention of the kind the fit table proposes for the cell', async () => {
        const text = gap(['    cause process "No lead routing." as resources', '    intervention feedback "Weekly lead report" addresses process', EVALUATED]);
        const after = await fixed(text, 'cause-unaddressed', 'Add a tooling intervention that addresses process');
        expect(after).toBe(text.replace(`addresses process\n${EVALUATED}`, `addresses process\n    intervention tooling "Describe the intervention" addresses process\n${EVALUATED}`));
    });

    it('intervention-misfit: changes the kind to one that fits the first cause it addresses', async () => {
        const text = gap(['    cause process "No lead routing." as resources', '    intervention feedback "Weekly lead report" addresses process', EVALUATED]);
        const after = await fixed(text, 'intervention-misfit', 'Change the kind to tooling');
        expect(after).toBe(text.replace('intervention feedback', 'intervention tooling'));
        expect(await codesOf(after)).toEqual([]);
    });

    it('intervention-misfit: no kind change for training at a systemic level when the cell needs training', async () => {
        const text = gap(['    cause process "Managers cannot read CRM reports." as knowledge', '    intervention training "CRM reports" addresses process', EVALUATED]);
        const { actions } = await fixesFor(text, 'intervention-misfit');
        expect(actions.map(a => a.title)).toEqual(['Disable intervention-misfit for this line', 'Disable intervention-misfit for this file']);
    });

    it('gap-no-evaluation: names the KPIs of the performance lines', async () => {
        const text = gap(['    cause process "No lead routing." as resources', '    intervention tooling "Lead routing in CRM" addresses process']);
        expect(await fixed(text, 'gap-no-evaluation', 'Add "evaluated by Qualified"'))
            .toBe(text.replace('addresses process\n}', 'addresses process\n    evaluated by Qualified\n}'));
    });

    it('gap-no-cause: adds a cause at the level of the first intervention, after the performance line', async () => {
        const text = gap(['    intervention tooling "Lead routing in CRM" addresses process', EVALUATED]);
        expect(await fixed(text, 'gap-no-cause', 'Add a process-level cause'))
            .toBe(text.replace('is 3 leads\n', 'is 3 leads\n    cause process "Describe the cause"\n'));
    });

    it('gap-training-only and gap-level-uncovered on the normative example', async () => {
        const abc = readExample('abc-co.wpcm');
        expect(await fixed(abc, 'gap-training-only', 'Add an intervention that addresses organization and process'))
            .toContain('addresses performer\n    intervention incentives "Describe the intervention" addresses organization, process\n}');
        const { actions } = await fixesFor(abc, 'gap-level-uncovered', 1);
        expect(actions[0]!.title).toBe('Add an intervention that addresses process');
        expect(actions[0]!.isPreferred).toBe(true);
    });
});
