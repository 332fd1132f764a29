/**
 * Quick fixes: for each diagnostic with a sensible fix, the action's edit
 * yields the expected text and the diagnostic is gone afterwards; every
 * suppressible diagnostic can also be disabled for its line or file.
 */
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices } from './support.js';

interface Fixes { actions: CodeAction[]; diagnostics: Diagnostic[]; apply: (title: string) => string }

async function fixesFor(text: string, code: string, others: Record<string, string> = {}): Promise<Fixes> {
    const services = lspServices();
    const { 'test.wpcm': document } = await addFiles(services, { ...others, 'test.wpcm': text });
    const diagnostics = document!.diagnostics!.filter(d => d.code === code);
    expect(diagnostics, `a ${code} diagnostic`).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document!, {
        textDocument: { uri: document!.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics }
    }) as CodeAction[];
    const apply = (title: string) => {
        const action = actions.find(a => a.title === title);
        if (!action) throw new Error(`no action "${title}" in ${JSON.stringify(actions.map(a => a.title))}`);
        const edits = action.edit!.changes![document!.uri.toString()]!;
        return TextDocument.applyEdits(TextDocument.create('file:///t.wpcm', 'wpcm', 1, text), edits);
    };
    return { actions, diagnostics, apply };
}

async function codesOf(text: string, others: Record<string, string> = {}): Promise<string[]> {
    const services = lspServices();
    const { 'test.wpcm': document } = await addFiles(services, { ...others, 'test.wpcm': text });
    return document!.diagnostics!.map(d => String(d.code));
}

/** Applies the fix and checks that the diagnostic it fixes is gone. */
async function fixed(text: string, code: string, title: string, others: Record<string, string> = {}): Promise<string> {
    const after = (await fixesFor(text, code, others)).apply(title);
    expect(await codesOf(after, others)).not.toContain(code);
    return after;
}

const SYSTEMS = 'system CRM "Salesforce"\nsystem Survey\n';

describe('quick fixes', () => {
    it('motion-noun-phrase: rewrites the title as a verb phrase (preferred)', async () => {
        const { actions } = await fixesFor(readExample('abc-co.wpcm'), 'motion-noun-phrase');
        expect(actions[0]).toMatchObject({ title: 'Rewrite as "Close the deal"', kind: 'quickfix', isPreferred: true });
        expect(await fixed(readExample('abc-co.wpcm'), 'motion-noun-phrase', 'Rewrite as "Close the deal"'))
            .toContain('motion Closing "Close the deal" {');
    });

    it('motion-no-goal: adds a goal as the first clause', async () => {
        const text = 'persona P {\n    motion M "Do it" {\n        kpi K "k" { target >= 1 per day }\n    }\n}\n';
        expect(await fixed(text, 'motion-no-goal', 'Add a goal')).toBe(
            'persona P {\n    motion M "Do it" {\n        goal "Describe what this motion achieves."\n        kpi K "k" { target >= 1 per day }\n    }\n}\n');
    });

    it('motion-no-kpi: adds a KPI stub with a numeric target, measured in the most used system', async () => {
        const text = `${SYSTEMS}persona P {\n    motion M "Do it" {\n        goal "g"\n    }\n    motion N "Go" { goal "g" kpi N1 "n" { target >= 1 per day measured in Survey } }\n}\n`;
        const after = await fixed(text, 'motion-no-kpi', 'Add a KPI');
        expect(after).toContain('        goal "g"\n        kpi MKpi "Describe what is counted" {\n            target >= 1 per week\n            measured in Survey\n        }\n    }\n');
    });

    it('motion-no-kpi: picks a fresh name, and leaves out the system when there is none', async () => {
        const text = 'persona P {\n    motion M "Do it" { goal "g" }\n    motion O "Go" { goal "g" kpi MKpi "x" { target >= 1 per day } }\n}\n';
        const after = (await fixesFor(text, 'motion-no-kpi')).apply('Add a KPI');
        expect(after).toContain('motion M "Do it" { goal "g"\n        kpi MKpi2 "Describe what is counted" {\n            target >= 1 per week\n        }\n    }');
    });

    it('kpi-no-numeric-target: adds a target to a KPI that has none', async () => {
        const text = `${SYSTEMS}persona P {\n\tmotion M "Do it" {\n\t\tgoal "g"\n\t\tkpi K "k" {\n\t\t\tmeasured in CRM\n\t\t}\n\t}\n}\n`;
        expect(await fixed(text, 'kpi-no-numeric-target', 'Add a target'))
            .toContain('\t\tkpi K "k" {\n\t\t\ttarget >= 1 per week\n\t\t\tmeasured in CRM\n\t\t}');
    });

    it('kpi-no-numeric-target: replaces a quoted target with a number to fill in', async () => {
        const text = readExample('direct-seller.wpcm');
        const services = lspServices();
        const { 'test.wpcm': document } = await addFiles(services, { 'test.wpcm': text });
        const diagnostic = document!.diagnostics!.find(d => d.code === 'kpi-no-numeric-target' && d.range.start.line === 73)!;
        const [action] = await services.lsp.CodeActionProvider!.getCodeActions(document!, {
            textDocument: { uri: document!.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(action!.title).toBe('Replace "above average" with a numeric target');
        const after = TextDocument.applyEdits(document!.textDocument, action!.edit!.changes![document!.uri.toString()]!);
        expect(after).toContain('            target >= 1 per week\n            measured in Survey');
    });

    it('kpi-no-source: offers each system, the most used first', async () => {
        const text = `${SYSTEMS}persona P { motion M "Do it" { goal "g" kpi K "k" { target >= 1 per day } kpi L "l" { target >= 1 per day measured in Survey } } }\n`;
        const { actions } = await fixesFor(text, 'kpi-no-source');
        expect(actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(['Add "measured in Survey"']);
        expect(actions.map(a => a.title).slice(0, 2)).toEqual(['Add "measured in Survey"', 'Add "measured in CRM"']);
        expect(await fixed(text, 'kpi-no-source', 'Add "measured in CRM"')).toContain('kpi K "k" { target >= 1 per day measured in CRM }');
    });

    it('kpi-target-no-period: adds a period after the target', async () => {
        const text = 'persona P { motion M "Do it" { goal "g" kpi K "k" { target >= 60 calls } } }\n';
        const { actions } = await fixesFor(text, 'kpi-target-no-period');
        expect(actions.slice(0, 5).map(a => a.title)).toEqual(['Add "per day"', 'Add "per week"', 'Add "per month"', 'Add "per quarter"', 'Add "per year"']);
        expect(await fixed(text, 'kpi-target-no-period', 'Add "per week"')).toContain('target >= 60 calls per week }');
    });

    it('kpi-target-out-of-range: swaps a reversed range', async () => {
        const text = 'persona P { motion M "Do it" { goal "g" kpi K "k" { target between 20 and 10 % } } }\n';
        expect(await fixed(text, 'kpi-target-out-of-range', 'Swap the bounds')).toContain('target between 10 and 20 %');
        const outOfRange = await fixesFor('persona P { motion M "Do it" { goal "g" kpi K "k" { target >= -3 calls per day } } }\n', 'kpi-target-out-of-range');
        expect(outOfRange.actions.map(a => a.title)).not.toContain('Swap the bounds');
    });

    it('module-no-value: adds the value statement after supports', async () => {
        const text = 'persona P {\n    motion M "Do it" { goal "g" }\n    competency C "How to do it" {\n        supports M\n        format video\n    }\n}\n';
        expect(await fixed(text, 'module-no-value', 'Add the value statement'))
            .toContain('        supports M\n        value "Why the seller should care."\n        format video\n');
    });

    it('competency-no-motion: offers the motions of its persona', async () => {
        const text = 'persona P {\n    motion M "Do it" { goal "g" }\n    motion N "Go on" { goal "g" }\n    competency C "How to do it" {\n        value "v"\n    }\n}\n';
        const { actions } = await fixesFor(text, 'competency-no-motion');
        expect(actions.slice(0, 2).map(a => a.title)).toEqual(["Support motion 'M' (Do it)", "Support motion 'N' (Go on)"]);
        expect(await fixed(text, 'competency-no-motion', "Support motion 'N' (Go on)")).toContain('competency C "How to do it" {\n        supports N\n        value "v"');
    });

    it('motion-no-competency: adds a competency titled after the motion', async () => {
        const text = 'persona P {\n    motion Close "Close the deal" { goal "g" }\n}\n';
        expect(await fixed(text, 'motion-no-competency', "Add a competency that supports 'Close'")).toBe(
            'persona P {\n    motion Close "Close the deal" { goal "g" }\n    competency CloseSkills "How to close the deal" {\n        supports Close\n        value "Why the seller should care."\n    }\n}\n');
    });

    it('motion-no-competency: a noun-phrase motion gets a module title that is a sentence', async () => {
        // Dogfood: motion Report "Customer satisfaction" got competency ReportSkills "How to customer satisfaction".
        const titleFor = async (title: string) => {
            const after = await fixed(`persona P {\n    motion M "${title}" { goal "g" }\n}\n`, 'motion-no-competency', "Add a competency that supports 'M'");
            return after.match(/competency MSkills "([^"]*)"/)![1];
        };
        expect(await titleFor('Customer satisfaction')).toBe('How to satisfy customers');
        expect(await titleFor('Pipeline hygiene')).toBe('How to handle pipeline hygiene');
        expect(await titleFor('CRM hygiene')).toBe('How to handle CRM hygiene');
    });

    it('persona-no-motion: adds a motion skeleton', async () => {
        const after = await fixed('persona P {\n}\n', 'persona-no-motion', 'Add a motion');
        expect(after).toBe('persona P {\n    motion FirstMotion "Describe the first step" {\n        goal "Describe what this motion achieves."\n        kpi FirstMotionKpi "Describe what is counted" {\n            target >= 1 per week\n        }\n    }\n}\n');
    });

    it('gap-training-only and gap-level-uncovered: add an intervention at the right levels', async () => {
        const abc = readExample('abc-co.wpcm');
        const after = await fixed(abc, 'gap-training-only', 'Add an intervention that addresses organization and process');
        expect(after).toContain('addresses performer\n    intervention incentives "Describe the intervention" addresses organization, process\n}');
        const services = lspServices();
        const { 'test.wpcm': document } = await addFiles(services, { 'test.wpcm': abc });
        const uncovered = document!.diagnostics!.filter(d => d.code === 'gap-level-uncovered');
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(document!, {
            textDocument: { uri: document!.uri.toString() }, range: uncovered[1]!.range, context: { diagnostics: [uncovered[1]!] }
        }) as CodeAction[];
        expect(actions[0]!.title).toBe('Add an intervention that addresses process');
    });

    it('unresolved-reference: offers close names, and to declare a missing system', async () => {
        const text = `${SYSTEMS}persona P { motion M "Do it" { goal "g" kpi K "k" { target >= 1 per day measured in Crm } } }\n`;
        const { actions } = await fixesFor(text, 'unresolved-reference');
        expect(actions.slice(0, 2).map(a => a.title)).toEqual(["Change to 'CRM'", "Declare system 'Crm'"]);
        expect(await fixed(text, 'unresolved-reference', "Change to 'CRM'")).toContain('measured in CRM }');
        expect(await fixed(text, 'unresolved-reference', "Declare system 'Crm'")).toContain('system Survey\nsystem Crm "Describe the system"\n');
    });

    it('unresolved-reference: a misspelt motion in supports', async () => {
        const text = 'persona P { motion Prospect "Prospect for leads" { goal "g" } }\ncompetency C "How to x" { supports Prospekt }\n';
        expect(await fixed(text, 'unresolved-reference', "Change to 'Prospect'")).toContain('supports Prospect }');
    });

    it('duplicate-model-header: removes the second header', async () => {
        expect(await fixed('model "A"\nmodel "B"\nsystem S\n', 'duplicate-model-header', 'Remove this model header')).toBe('model "A"\nsystem S\n');
    });

    it('any suppressible finding: disable for the line or the file', async () => {
        const text = 'persona P {\n    motion M "Do it" { goal "g" }\n}\n';
        const after = await fixed(text, 'motion-no-kpi', 'Disable motion-no-kpi for this line');
        expect(after).toBe('persona P {\n    // wpcm-disable-next-line motion-no-kpi\n    motion M "Do it" { goal "g" }\n}\n');
        expect(await fixed(text, 'motion-no-kpi', 'Disable motion-no-kpi for this file')).toBe(`// wpcm-disable motion-no-kpi\n${text}`);
    });

    it('a quick fix in a CRLF file writes CRLF line breaks', async () => {
        const text = 'system CRM\r\npersona P {\r\n    motion M "Do it" { goal "g" }\r\n}\r\n';
        // A multi-line insertion (the KPI stub) and a suppression comment: both used to write a lone LF.
        expect(await fixed(text, 'motion-no-kpi', 'Add a KPI')).toBe('system CRM\r\npersona P {\r\n    motion M "Do it" { goal "g"\r\n'
            + '        kpi MKpi "Describe what is counted" {\r\n            target >= 1 per week\r\n            measured in CRM\r\n        }\r\n    }\r\n}\r\n');
        expect(await fixed(text, 'motion-no-kpi', 'Disable motion-no-kpi for this line'))
            .toBe('system CRM\r\npersona P {\r\n    // wpcm-disable-next-line motion-no-kpi\r\n    motion M "Do it" { goal "g" }\r\n}\r\n');
    });

    it('disabling for the line adds the code to a next-line directive already above it', async () => {
        // A second directive in between would have taken the first one's line, bringing motion-no-competency back.
        const text = 'persona P {\n    // wpcm-disable-next-line motion-no-competency -- later\n    motion M "Do it" { goal "g" }\n}\n';
        const after = await fixed(text, 'motion-no-kpi', 'Disable motion-no-kpi for this line');
        expect(after).toBe('persona P {\n    // wpcm-disable-next-line motion-no-competency, motion-no-kpi -- later\n    motion M "Do it" { goal "g" }\n}\n');
        expect(await codesOf(after)).toEqual([]);
    });

    it('offers no line suppression when the line begins inside a comment or a string', async () => {
        // The directive would have been written into the comment or the string, changing it and disabling nothing.
        for (const text of [
            'persona P {\n    /* reviewed\n       by Sam */ motion M "Do it" { goal "g" kpi K "k" { target >= 1 % } }\n}\n',
            'persona P {\n    motion M "Do it" { goal "two\n      lines" kpi K "k" { target >= 1 % } }\n}\n'
        ]) {
            const { actions, diagnostics } = await fixesFor(text, 'kpi-no-source');
            expect(diagnostics[0]!.range.start.line).toBe(2);
            expect(actions.map(a => a.title)).toEqual(['Disable kpi-no-source for this file']);
        }
    });

    it('syntax errors offer nothing', async () => {
        const { actions } = await fixesFor('persona P { motion }\n', 'syntax-error');
        expect(actions).toEqual([]);
    });

    it('fixes come before the disable actions', async () => {
        const { actions } = await fixesFor(readExample('abc-co.wpcm'), 'motion-noun-phrase');
        expect(actions.map(a => a.title)).toEqual([
            'Rewrite as "Close the deal"', 'Disable motion-noun-phrase for this line', 'Disable motion-noun-phrase for this file'
        ]);
    });
});
