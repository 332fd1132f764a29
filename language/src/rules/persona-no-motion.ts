/** A persona is its workflow: without motions there is nothing to measure or coach. */
import { isPersona } from '../generated/ast.js';
import { containerOf, freshName, kpiStub, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { motionsOf } from '../model/elements.js';
import { defineRule } from './rule.js';

export const personaNoMotion = defineRule({
    code: 'persona-no-motion',
    severity: 'error',
    summary: 'A persona has no motions.',
    docs: {
        why: 'The dashboard, the module outlines and coaching are all organized by the persona\'s motions in workflow order. A persona without motions generates an empty dashboard, so the generators refuse it.',
        bad: 'persona DirectSeller "Direct Seller" {\n    description "Quota-carrying seller."\n}',
        good: 'persona DirectSeller "Direct Seller" {\n    description "Quota-carrying seller."\n    motion Prospect "Prospect for leads" {\n        goal "Find leads from contacts."\n        kpi Touches "Touches to contacts" { target >= 60 per day measured in Engagement }\n    }\n}',
        fix: 'Describe the workflow as `motion` blocks in workflow order. The quick fix *Add a motion* inserts a first one with a goal and a KPI to complete.'
    },
    checks: {
        Persona(persona, context) {
            if (motionsOf(persona).length > 0 || !persona.name) return;
            context.report(`Persona '${persona.name}' has no motions; describe its workflow as motion blocks in workflow order.`,
                { node: persona, property: 'name' });
        }
    },
    fixes: [
        function addMotion(context) {
            const persona = containerOf(context, isPersona);
            if (!persona) return [];
            const name = freshName(context, 'Motion', 'FirstMotion');
            const stub = [
                `motion ${name} "Describe the first step" {`,
                '\tgoal "Describe what this motion achieves."',
                ...kpiStub(context, `${name}Kpi`).split('\n').map(line => `\t${line}`),
                '}'
            ].join('\n');
            return quickFix(context, 'Add a motion', [insertClauses(context.document, persona, [stub], 'end')], true);
        }
    ]
});
