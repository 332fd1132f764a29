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
import { generateGaps } from '../../language/src/generators/gaps/index.js';
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
    // No finding: a clean model (term Demo and motion Demo are different kinds, so no duplicate-name).
    'inside-sales.wpcm': [],
    'field-service.wpcm': [
        ['field-service.wpcm', 14, 12, 'motion-no-competency', 'info', 'Diagnose'],
        ['field-service.wpcm', 42, 12, 'motion-no-competency', 'info', 'Report'],
        ['field-service.wpcm', 42, 19, 'motion-noun-phrase', 'warning', '"Customer satisfaction"'],
        // Time on site is a KPI of Diagnose; the gap affects Recommend only.
        ['field-service.wpcm', 81, 17, 'gap-performance-unaffected', 'info', 'TimeOnSite'],
        // Tooling fits resources; coaching fits information but works on performers only.
        ['field-service.wpcm', 83, 19, 'cause-unaddressed', 'warning', '"The equipment history is in SAP, which technicians can\'t reach from the field."'],
        ['field-service.wpcm', 84, 11, 'gap-level-uncovered', 'info', 'organization'],
        ['field-service.wpcm', 85, 21, 'cause-unaddressed', 'warning', '"Technicians see selling as the sales team\'s job."'],
        ['field-service.wpcm', 87, 18, 'intervention-misfit', 'warning', 'coaching'],
        ['field-service.wpcm', 88, 18, 'intervention-misfit', 'warning', 'training']
    ],
    'bank': [
        ['bank/advisor.wpcm', 35, 12, 'motion-no-competency', 'info', 'FollowUp'],
        // Compensation and reporting fit the environment causes; an e-learning cannot change motives.
        ['bank/gaps.wpcm', 11, 21, 'cause-unaddressed', 'warning', '"Advisors fear for their bonus if they recommend nothing."'],
        ['bank/gaps.wpcm', 14, 18, 'intervention-misfit', 'warning', 'elearning']
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

    it('sizes the field-service gap in the targets\' terms and says what nothing addresses', async () => {
        const report = generateGaps(await inputOf(filesOf('field-service.wpcm')), 'md').find(f => f.path === 'tablet-gap.md')!.content;
        const findings = report.slice(report.indexOf('## 4. Findings'), report.indexOf('### What the model answers')).split('\n').filter(l => l.startsWith('- '));
        expect(findings.slice(0, 5)).toEqual([
            // Was "0.13 Lead per Visit" beside "at least 0.2 Leads per Visit".
            '- Leads per visit is 0.13 Leads per Visit short of its target (at least 0.2 Leads per Visit).',
            '- Maintenance contracts sold is 2.5 contracts per month short of its target (at least 4 contracts per month).',
            '- Upsell revenue is €8,300 per quarter short of its target (at least €12,500 per quarter).',
            '- Time on site is 0.75 hours over its target (at most 2.5 hours).',
            // Was "Training cannot fix the organization-level causes": no training was meant for it.
            '- No intervention addresses the organization-level cause: "Technicians are measured on jobs closed per day, so a 10-minute conversation is a cost."'
        ]);
    });
});
