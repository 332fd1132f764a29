import type { ValidationAcceptor } from 'langium';
import type { Competency } from '../generated/ast.js';
import { RULES } from '../rules.js';
import { report } from './report.js';

const MODULE_TITLE = /^\s*(how|when)\s+to\b/i;

export class CompetencyValidator {

    checkTitle(competency: Competency, accept: ValidationAcceptor): void {
        if (competency.title === undefined || MODULE_TITLE.test(competency.title)) return;
        report(accept, RULES.competencyNotHowTo,
            `Competency title "${competency.title}" should name the one thing it teaches, starting with "How to" or "When to".`,
            { node: competency, property: 'title' });
    }

    checkSupportsMotion(competency: Competency, accept: ValidationAcceptor): void {
        if (competency.supports.length > 0 || !competency.name) return;
        report(accept, RULES.competencyNoMotion,
            `Competency '${competency.name}' supports no motion; add "supports <Motion>".`,
            { node: competency, property: 'name' });
    }

    checkValueStatement(competency: Competency, accept: ValidationAcceptor): void {
        if (competency.value !== undefined || !competency.name) return;
        report(accept, RULES.moduleNoValue,
            `Competency '${competency.name}' has no value statement; add value "..." saying why the seller should care.`,
            { node: competency, property: 'name' });
    }

}
