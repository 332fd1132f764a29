/**
 * Parsed content that must reach an output: a motion's `requires` criteria and
 * `question`s (dashboard, Grafana, preview, outlines of supporting modules),
 * the organization and gaps that affect no persona (the model overview).
 */
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '@wpcm/language/client';
import { generateDashboards, generateModules } from '../../language/src/generators/index.js';
import { preview } from '../../server/src/preview-handler.js';
import type { PreviewResult } from '@wpcm/language';
import { addFiles, lspServices } from '../lsp/support.js';
import { inputOf } from './support.js';

type Json = Record<string, any>;

const MODEL = `model "SDR"
system CRM "Salesforce"
organization Acme "Acme Inc." {
    strategy "Land and expand in mid-market accounts."
    reports monthly
}
persona Sdr "Sales development rep" {
    motion Qualify "Qualify the lead" {
        goal "Decide whether the lead is worth a meeting."
        question "What made you look at this now?"
        question "Who else decides?"
        requires { "a budget this year" "a named decision maker" }
        requires "a pain we solve"
        kpi Meetings "Meetings booked" { target >= 3 Meetings per week measured in CRM }
    }
    motion Book "Book the meeting" { goal "Get a date." kpi Booked "Booked" { target >= 1 per day measured in CRM } }
    competency AskQuestions "How to ask qualifying questions" {
        supports Qualify
        value "Good questions save everyone's time."
    }
}
gap Handoff "Leads are handed over late" {
    cause process "No rule says when a lead goes to an account executive."
    intervention process "A written handoff rule" addresses process
}
gap Attached "SDRs skip qualification" {
    affects Sdr
    cause performer "They do not know the criteria."
    intervention training "Criteria module"
}
`;

describe('requires and questions reach the outputs', () => {
    it('the WPCM dashboard has them with the motion, and only where the model states them', async () => {
        const files = generateDashboards(await inputOf({ 'sdr.wpcm': MODEL }));
        const dashboard = JSON.parse(files.find(f => f.path.endsWith('.dashboard.json'))!.content) as Json;
        expect(dashboard.sections[0].criteria).toEqual(['a budget this year', 'a named decision maker', 'a pain we solve']);
        expect(dashboard.sections[0].questions).toEqual(['What made you look at this now?', 'Who else decides?']);
        expect(dashboard.sections[1]).not.toHaveProperty('criteria');
        expect(dashboard.sections[1]).not.toHaveProperty('questions');
    });

    it('the Grafana dashboard shows them in a text panel at the top of the motion row, without overlapping panels', async () => {
        const dashboard = JSON.parse(generateDashboards(await inputOf({ 'sdr.wpcm': MODEL }), 'grafana')[0]!.content) as Json;
        const panels = dashboard.panels as Json[];
        expect(panels.map(p => `${p.type}:${p.title}`)).toEqual([
            'text:Summary', 'row:1. Qualify the lead', 'text:Requires and questions', 'stat:Meetings booked', 'row:2. Book the meeting', 'stat:Booked'
        ]);
        expect(panels[2]!.options.content).toBe('**Requires:**\n\n- a budget this year\n- a named decision maker\n- a pain we solve'
            + '\n\n**Questions to ask:**\n\n- "What made you look at this now?"\n- "Who else decides?"');
        // 3 criteria + 2 questions + 2 lines (heading, blank) per part = 9 lines: 1 + ceil(9 * 0.75) = 8 grid units.
        expect(panels.map(p => p.gridPos)).toEqual([
            { h: 6, w: 24, x: 0, y: 0 }, { h: 1, w: 24, x: 0, y: 6 }, { h: 8, w: 24, x: 0, y: 7 }, { h: 6, w: 8, x: 0, y: 15 },
            { h: 1, w: 24, x: 0, y: 21 }, { h: 6, w: 8, x: 0, y: 22 }
        ]);
    });

    it('the outline of a supporting module lists them under the motion', async () => {
        const outline = generateModules(await inputOf({ 'sdr.wpcm': MODEL })).find(f => f.path === 'sales-development-rep/how-to-ask-qualifying-questions.md')!.content;
        expect(outline).toContain([
            '- **Goal:** Decide whether the lead is worth a meeting.',
            '- **Requires:**',
            '    - a budget this year',
            '    - a named decision maker',
            '    - a pain we solve',
            '- **Questions to ask:**',
            '    - "What made you look at this now?"',
            '    - "Who else decides?"',
            ''
        ].join('\n'));
    });

    it('the dashboard preview shows them', async () => {
        const services = lspServices();
        await addFiles(services, { 'sdr.wpcm': MODEL });
        const result = await preview(services, { uri: 'file:///ws/sdr.wpcm' }) as Extract<PreviewResult, { kind: 'dashboard' }>;
        const html = renderDashboard(result);
        expect(html).toContain('<div class="criteria"><span class="label">Requires</span><ul><li>a budget this year</li><li>a named decision maker</li><li>a pain we solve</li></ul></div>');
        expect(html).toContain('<div class="questions"><span class="label">Questions to ask</span><ul><li>What made you look at this now?</li><li>Who else decides?</li></ul></div>');
    });
});

describe('the model overview (README.md of the modules)', () => {
    it('holds the organization, the personas and the gaps that affect no persona', async () => {
        const overview = generateModules(await inputOf({ 'sdr.wpcm': MODEL })).find(f => f.path === 'README.md')!.content;
        expect(overview).toBe([
            '# SDR: overview', '',
            '<!-- Generated by wpcm. Edit the model, not this file. -->', '',
            '## Organization', '',
            '### Acme Inc. (`Acme`)', '',
            '**Strategy:** Land and expand in mid-market accounts.', '',
            '**Reports:** monthly', '',
            '## Personas', '',
            '- [Sales development rep](sales-development-rep/README.md): 2 motions, 1 module', '',
            '## Performance gaps that affect no persona', '',
            '_Add `affects <Persona or Motion>` so these gaps show in the persona\'s index._', '',
            '### Leads are handed over late', '',
            'Causes:', '',
            '- Process: No rule says when a lead goes to an account executive.', '',
            'Interventions:', '',
            '- Process: A written handoff rule (addresses process)', ''
        ].join('\n'));
    });
});
