/** A module is tied to the place in the workflow where it is used. */
import { isCompetency, isPersona } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { motionsOf } from '../model/elements.js';
import { defineRule } from './rule.js';

export const competencyNoMotion = defineRule({
    code: 'competency-no-motion',
    severity: 'warning',
    summary: 'A competency supports no motion.',
    docs: {
        why: 'A competency earns its place by moving the KPIs of a motion. Without `supports`, the module outline cannot say where in the workflow it is used or what success looks like, and coaching never recommends it.',
        bad: 'competency HandleObjections "How to overcome objections" {\n    value "Objections are the last thing between you and the purchase order."\n}',
        good: 'competency HandleObjections "How to overcome objections" {\n    supports Close\n    value "Objections are the last thing between you and the purchase order."\n}',
        fix: 'Add `supports <Motion>` (several motions separated by commas). The quick fixes offer each motion of the enclosing persona.'
    },
    checks: {
        Competency(competency, context) {
            if (competency.supports.length > 0 || !competency.name) return;
            context.report(`Competency '${competency.name}' supports no motion; add "supports <Motion>".`,
                { node: competency, property: 'name' });
        }
    },
    fixes: [
        /** One action per motion of the enclosing persona. */
        function addSupports(context) {
            const competency = containerOf(context, isCompetency);
            const persona = competency && containerOf(context, isPersona);
            if (!competency || !persona) return [];
            return motionsOf(persona).slice(0, 10).flatMap(motion =>
                quickFix(context, `Support motion '${motion.name}' (${motion.title})`,
                    [insertClauses(context.document, competency, [`supports ${motion.name}`], 'start')]));
        }
    ]
});
