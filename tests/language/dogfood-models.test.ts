/**
 * Models written the way enablement teams write them, for roles the examples
 * do not cover (tests/fixtures/models/README.md): their complete findings,
 * reviewed one by one against the rule pages, and the generator output that
 * dogfooding them corrected. Each model is built alone: the enterprise AE's
 * shared.wpcm has no model header, so it would belong to the others too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDashboards, generateModules } from '../../language/src/generators/index.js';
import { inputOf } from '../generators/support.js';
import { brief, buildWorkspace } from '../support/workspace.js';

const ROOT = join(import.meta.dirname, '../fixtures/models');

/** A model's files (name -> text): a single .wpcm file, or every file of a folder. */
function filesOf(model: string): Record<string, string> {
    const path = join(ROOT, model);
    const names = statSync(path).isDirectory() ? readdirSync(path).filter(n => n.endsWith('.wpcm')).sort().map(n => join(model, n)) : [model];
    return Object.fromEntries(names.map(name => [name, readFileSync(join(ROOT, name), 'utf8')]));
}

type Finding = [file: string, line: number, column: number, code: string, severity: string, text: string];

const FINDINGS: Record<string, Finding[]> = {
    'sdr.wpcm': [
        // Research and inbound response have KPIs but no module yet: true enablement gaps.
        ['sdr.wpcm', 23, 12, 'motion-no-competency', 'info', 'ResearchAccounts'],
        ['sdr.wpcm', 45, 12, 'motion-no-competency', 'info', 'RespondToLeads'],
        ['sdr.wpcm', 116, 16, 'module-no-value', 'info', 'HandoffNotes'],
        ['sdr.wpcm', 121, 26, 'competency-not-how-to', 'info', '"Using the dialer"']
    ],
    'enterprise-ae': [
        // `target >= 3x` (pipeline coverage) is a multiple: no kpi-target-ambiguous-unit, no kpi-target-no-period.
        ['enterprise-ae/ae.wpcm', 42, 22, 'motion-noun-phrase', 'warning', '"Negotiation and closing"'],
        ['enterprise-ae/coaches.wpcm', 14, 10, 'unknown-value', 'info', 'director']
    ],
    'csm': [
        ['csm/csm.wpcm', 58, 24, 'motion-noun-phrase', 'warning', '"Escalation management"'],
        ['csm/enablement.wpcm', 27, 12, 'module-no-value', 'info', 'EscalationPlaybook'],
        // Coaching builds skill; the cause is motives, which selection or job design fits.
        ['csm/gaps.wpcm', 9, 21, 'cause-unaddressed', 'warning', '"Several CSMs avoid renewal conversations with detractors."'],
        ['csm/gaps.wpcm', 12, 18, 'intervention-misfit', 'warning', 'coaching'],
        ['csm/gaps.wpcm', 16, 5, 'gap-no-cause', 'warning', 'SlowEscalations'],
        ['csm/gaps.wpcm', 16, 5, 'gap-no-evaluation', 'info', 'SlowEscalations']
    ],
    'insurance.wpcm': [
        ['insurance.wpcm', 22, 12, 'motion-no-competency', 'info', 'PlanTerritory'],
        // "Calls per day" in the title, but the target says no period.
        ['insurance.wpcm', 37, 20, 'kpi-target-no-period', 'info', '>= 3 calls'],
        ['insurance.wpcm', 127, 18, 'intervention-misfit', 'warning', 'job-aid']
    ]
};

describe('complete findings of the dogfood models', () => {
    it.each(Object.keys(FINDINGS))('%s', async (model) => {
        const files = filesOf(model);
        const built = await buildWorkspace(files);
        const found = Object.entries(built).flatMap(([name, file]) => file.diagnostics.map((d): Finding => {
            const { code, severity, line, text } = brief(files[name]!, [d])[0]!;
            return [name, line, d.range.start.character + 1, code, severity, text];
        })).sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[3].localeCompare(b[3]));
        expect(found).toEqual(FINDINGS[model]);
    });
});

describe('what dogfooding them corrected in the generated files', () => {
    it('writes pipeline coverage as a multiple on the dashboard and in the outlines', async () => {
        const input = await inputOf(filesOf('enterprise-ae'));
        const dashboard = JSON.parse(generateDashboards(input).find(f => f.path.endsWith('.dashboard.json'))!.content);
        const coverage = dashboard.sections[0].widgets.find((w: { id: string }) => w.id === 'PipelineCoverage');
        expect(coverage.target).toEqual({ comparator: '>=', value: 3, kind: 'count', unit: 'x', text: 'at least 3x' });
        const outline = generateModules(input).find(f => f.path.endsWith('how-to-map-the-buying-committee.md'))!.content;
        expect(outline).toContain('- Pipeline coverage: at least 3x, measured in Clari (Clari forecasting)\n');
    });

    it('puts plural KPI titles before their targets in the outlines', async () => {
        const outline = generateModules(await inputOf(filesOf('insurance.wpcm'))).find(f => f.path.endsWith('how-to-round-out-an-account.md'))!.content;
        expect(outline).toContain([
            '- a policy retention of at least 88 %, measured in AMS (Applied Epic agency management)',
            '- a loss ratio of new business of at most 60 %, measured in AMS (Applied Epic agency management)',
            '- Accounts with two or more lines: at least 45 %, measured in AMS (Applied Epic agency management)'
        ].join('\n'));
    });

    it('outlines both practices of "practice roleplay, record"', async () => {
        const outline = generateModules(await inputOf(filesOf('sdr.wpcm'))).find(f => f.path.endsWith('how-to-open-a-cold-call.md'))!.content;
        const practice = outline.slice(outline.indexOf('## Practice'), outline.indexOf('## Coach'));
        expect(practice.split('\n').filter(l => l.startsWith('- ')).map(l => l.slice(0, l.indexOf(':')))).toEqual(['- **Role-play before the call**', '- **Record yourself**']);
    });
});
