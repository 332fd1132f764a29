/** Names are how files refer to each other, so within a model each is declared once per kind. */
import { AstUtils } from 'langium';
import { namedElements } from '../model/elements.js';
import { kindWord } from '../model/kinds.js';
import { SHARED_MODEL } from '../model/visibility.js';
import { listWords } from '../text/words.js';
import { defineRule } from './rule.js';

/**
 * Where the other declarations are, when a file without a model header takes
 * part: such a file belongs to every model, which a writer who put the shared
 * systems in their own file may not expect. From the per-model counts only,
 * so a name declared 20,000 times still costs O(models) per finding.
 */
function whereDeclared(model: string, counts: ReadonlyMap<string, number>, count: number): string {
    const shared = counts.get(SHARED_MODEL) ?? 0;
    if (model !== SHARED_MODEL) {
        if (shared === 0) return `declared ${count} times in this model`;
        return `declared ${count} times in this model, ${shared === count - 1 && shared === 1 ? 'the other' : `${shared} of them`} in a file without a model header (such a file belongs to every model)`;
    }
    const models = [...counts].filter(([m, n]) => m !== SHARED_MODEL && n > 0).map(([m]) => `"${m}"`).sort();
    if (models.length === 0) return `declared ${count} times in this model`;
    const named = models.length <= 3 ? listWords(models) : `${listWords(models.slice(0, 3))} and ${models.length - 3} more`;
    return `this file has no model header, so it belongs to every model, and model${models.length === 1 ? '' : 's'} ${named} declare${models.length === 1 ? 's' : ''} it too (${count} declarations in all)`;
}

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
                const where = whereDeclared(model, facts.declarationCountsByModel(element.$type, element.name), count);
                const advice = where.startsWith('this file has no model header') ? 'rename one, or give this file the `model` header of the model it belongs to' : 'rename one';
                context.report(`Duplicate ${kindWord(element.$type)} name '${element.name}': ${where}; names must be unique, so ${advice}.`,
                    { node: element, property: 'name' });
            }
        }
    }
});
