/** A motion says what it achieves, in the company's terms. */
import { isMotion } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

export const motionNoGoal = defineRule({
    code: 'motion-no-goal',
    severity: 'warning',
    summary: 'A motion has no goal.',
    docs: {
        why: 'The goal says what the motion achieves ("Create an opportunity by asking qualifying questions"). Without it, sellers and managers cannot tell when the motion is done, and the KPIs have nothing to measure progress toward.',
        bad: 'motion Qualify "Qualify the lead" {\n    kpi NewOpportunities "New opportunities" { target >= 1 per day measured in CRM }\n}',
        good: 'motion Qualify "Qualify the lead" {\n    goal "Create an opportunity by asking qualifying questions."\n    kpi NewOpportunities "New opportunities" { target >= 1 per day measured in CRM }\n}',
        fix: 'Add `goal "..."` in the terms the company defines. The quick fix *Add a goal* inserts a placeholder to complete.'
    },
    checks: {
        Motion(motion, context) {
            if (motion.goal !== undefined || !motion.name) return;
            context.report(`Motion '${motion.name}' has no goal; add goal "..." saying what the motion achieves.`,
                { node: motion, property: 'name' });
        }
    },
    fixes: [
        function addGoal(context) {
            const motion = containerOf(context, isMotion);
            if (!motion) return [];
            return quickFix(context, 'Add a goal',
                [insertClauses(context.document, motion, ['goal "Describe what this motion achieves."'], 'start')], true);
        }
    ]
});
