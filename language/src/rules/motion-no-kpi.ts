/** Every motion needs at least one KPI, or the dashboard cannot show where a seller falls behind. */
import { isMotion } from '../generated/ast.js';
import { containerOf, kpiStub, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

export const motionNoKpi = defineRule({
    code: 'motion-no-kpi',
    severity: 'warning',
    summary: 'A motion has no KPI.',
    docs: {
        why: 'Managers coach from a dashboard with at least one KPI per motion: that is how they see exactly where in the workflow a seller underperforms. A motion without a KPI is invisible there.',
        bad: 'motion Advise "Advise customers on their financial position" {\n    goal "Understand the customer\'s real financial state."\n}',
        good: 'motion Advise "Advise customers on their financial position" {\n    goal "Understand the customer\'s real financial state."\n    kpi Reviews "Financial reviews held" {\n        target >= 2 per week\n        measured in CRM\n    }\n}',
        fix: 'Add a `kpi` with a numeric target and the system it is measured in. The quick fix *Add a KPI* inserts one to complete, measured in the system the file uses most.'
    },
    checks: {
        Motion(motion, context) {
            if (motion.kpis.length > 0 || !motion.name) return;
            context.report(`Motion '${motion.name}' has no KPI; add a kpi with a numeric target measured in a system.`,
                { node: motion, property: 'name' });
        }
    },
    fixes: [
        function addKpi(context) {
            const motion = containerOf(context, isMotion);
            if (!motion) return [];
            return quickFix(context, 'Add a KPI',
                [insertClauses(context.document, motion, [kpiStub(context, `${motion.name}Kpi`)], 'end')], true);
        }
    ]
});
