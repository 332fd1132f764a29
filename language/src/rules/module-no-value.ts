/** A module opens with why the seller should care. */
import { isCompetency } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

export const moduleNoValue = defineRule({
    code: 'module-no-value',
    severity: 'info',
    summary: 'A competency has no value statement.',
    docs: {
        why: 'Micro-learning modules start with the value statement: why this matters to the seller, in one sentence. The generated outline puts it first; without it the module opens with instructions nobody asked for.',
        bad: 'competency WhenToEnter "When to enter a new opportunity in the system" {\n    supports Qualify\n}',
        good: 'competency WhenToEnter "When to enter a new opportunity in the system" {\n    supports Qualify\n    value "An opportunity that is not in the system does not count toward your numbers."\n}',
        fix: 'Add `value "..."`. The quick fix inserts a placeholder right after `supports`.'
    },
    checks: {
        Competency(competency, context) {
            if (competency.value !== undefined || !competency.name) return;
            context.report(`Competency '${competency.name}' has no value statement; add value "..." saying why the seller should care.`,
                { node: competency, property: 'name' });
        }
    },
    fixes: [
        /** The value statement goes first, or right after `supports`: it is what the module opens with. */
        function addValue(context) {
            const competency = containerOf(context, isCompetency);
            if (!competency) return [];
            const supports = competency.supports.at(-1)?.$refNode;
            return quickFix(context, 'Add the value statement',
                [insertClauses(context.document, competency, ['value "Why the seller should care."'], supports ?? 'start')], true);
        }
    ]
});
