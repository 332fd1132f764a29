/** A micro-learning module teaches one thing, and its title says which. */
import { defineRule } from './rule.js';

const MODULE_TITLE = /^\s*(how|when)\s+to\b/i;

export const competencyNotHowTo = defineRule({
    code: 'competency-not-how-to',
    severity: 'info',
    summary: 'A competency title does not start with "How to" or "When to".',
    docs: {
        why: 'Each competency is delivered as a one-purpose micro-learning module. Titles that start with "How to" or "When to" keep each module to one skill and are what sellers type when they search for help in the moment.',
        bad: 'competency Objections "Objection handling" {\n    supports Close\n}',
        good: 'competency Objections "How to overcome objections" {\n    supports Close\n}',
        fix: 'Retitle the module by the one thing it teaches: "How to ..." for a skill, "When to ..." for a judgement.'
    },
    checks: {
        Competency(competency, context) {
            if (competency.title === undefined || MODULE_TITLE.test(competency.title)) return;
            context.report(`Competency title "${competency.title}" should name the one thing it teaches, starting with "How to" or "When to".`,
                { node: competency, property: 'title' });
        }
    }
});
