/** A motion no competency supports is an enablement gap: nothing teaches it. */
import { AstUtils } from 'langium';
import { isMotion, isPersona } from '../generated/ast.js';
import { containerOf, freshName, quickFix, quoted } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { analyzeMotionTitle, suggestVerbPhrase } from '../phrases/index.js';
import { lowerFirst } from '../text/words.js';
import { defineRule } from './rule.js';

/**
 * The module title for a motion: "How to close the deal". A noun-phrase title (motion-noun-phrase's
 * finding) would make "How to customer satisfaction", so it takes the verb phrase that rule
 * suggests ("How to satisfy customers"), or else a verb of its own ("How to handle pipeline hygiene").
 */
function howTo(title: string): string {
    if (!title.trim() || analyzeMotionTitle(title).isVerbPhrase) return `How to ${lowerFirst(title)}`;
    const suggestion = suggestVerbPhrase(title);
    return suggestion ? `How to ${lowerFirst(suggestion)}` : `How to handle ${lowerFirst(title)}`;
}

export const motionNoCompetency = defineRule({
    code: 'motion-no-competency',
    severity: 'info',
    summary: 'No competency supports this motion (an enablement gap).',
    docs: {
        why: 'Coaching routes a seller who misses a motion\'s KPIs to the modules that support that motion. When no competency supports it, there is nowhere to send them. Competencies in any file of the same model count.',
        bad: 'persona Seller "Seller" {\n    motion Close "Close the deal" { goal "Win." kpi WinRate "Win rate" { target >= 75 % measured in CRM } }\n}',
        good: 'persona Seller "Seller" {\n    motion Close "Close the deal" { goal "Win." kpi WinRate "Win rate" { target >= 75 % measured in CRM } }\n    competency HandleObjections "How to overcome objections" {\n        supports Close\n        value "Objections are the last thing between you and the purchase order."\n    }\n}',
        fix: 'Add a competency with `supports <Motion>`, in this file or any file of the model. The quick fix adds one titled after the motion ("How to close the deal"; for a noun-phrase title such as "Customer satisfaction", after the verb phrase `motion-noun-phrase` suggests: "How to satisfy customers").'
    },
    checks: {
        Motion(motion, context) {
            const facts = context.services.wpcm.WorkspaceFacts;
            if (!motion.name || facts.isSupported(motion.name, facts.modelOf(AstUtils.getDocument(motion).uri))) return;
            context.report(`No competency supports motion '${motion.name}'; add one with "supports ${motion.name}" to close the enablement gap.`,
                { node: motion, property: 'name' });
        }
    },
    fixes: [
        /** A competency that supports the motion, titled after it: "How to close the deal". */
        function addCompetency(context) {
            const motion = containerOf(context, isMotion);
            const persona = motion && containerOf(context, isPersona);
            if (!motion || !persona) return [];
            const stub = [
                `competency ${freshName(context, 'Competency', `${motion.name}Skills`)} ${quoted(howTo(motion.title ?? ''))} {`,
                `\tsupports ${motion.name}`,
                '\tvalue "Why the seller should care."',
                '}'
            ].join('\n');
            return quickFix(context, `Add a competency that supports '${motion.name}'`, [insertClauses(context.document, persona, [stub], 'end')]);
        }
    ]
});
