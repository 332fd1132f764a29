/** Names are how files refer to each other, so within a model each is declared once per kind. */
import { AstUtils } from 'langium';
import { namedElements } from '../model/elements.js';
import { kindWord } from '../model/kinds.js';
import { defineRule } from './rule.js';

export const duplicateName = defineRule({
    code: 'duplicate-name',
    severity: 'error',
    summary: 'Two elements of the same kind share a name.',
    docs: {
        why: 'Every file of a model (the files with the same `model "..."` header, plus files without a header) sees every name declared in the others. Two systems called `CRM` in one model make every `measured in CRM` ambiguous.',
        bad: 'system CRM "Salesforce"\nsystem CRM "HubSpot"',
        good: 'system CRM "Salesforce"\nsystem Marketing "HubSpot"',
        fix: 'Rename one of them (the editor\'s *Rename Symbol* updates every reference), or give the files different `model` headers if they describe different models.'
    },
    checks: {
        Document(document, context) {
            const facts = context.services.wpcm.WorkspaceFacts;
            const model = facts.modelOf(AstUtils.getDocument(document).uri);
            for (const element of namedElements(document)) {
                if (!element.name) continue;
                const count = facts.declarationCount(element.$type, element.name, model);
                if (count < 2) continue;
                context.report(`Duplicate ${kindWord(element.$type)} name '${element.name}': declared ${count} times in this model; names must be unique, so rename one.`,
                    { node: element, property: 'name' });
            }
        }
    }
});
