/** Fixes on competencies: the missing value statement, the missing motion. */
import type { CodeAction } from 'vscode-languageserver-types';
import { isCompetency, isPersona } from '../../generated/ast.js';
import { motionsOf } from '../../model/elements.js';
import type { FixContext } from './context.js';
import { containerOf, quickFix } from './context.js';
import { insertClauses } from './text-edits.js';

/** The value statement goes first, or right after `supports`: it is what the module opens with. */
export function addValue(context: FixContext): CodeAction[] {
    const competency = containerOf(context, isCompetency);
    if (!competency) return [];
    const supports = competency.supports.at(-1)?.$refNode;
    return quickFix(context, 'Add the value statement',
        [insertClauses(context.document, competency, ['value "Why the seller should care."'], supports ?? 'start')], true);
}

/** One action per motion of the enclosing persona. */
export function addSupports(context: FixContext): CodeAction[] {
    const competency = containerOf(context, isCompetency);
    const persona = competency && containerOf(context, isPersona);
    if (!competency || !persona) return [];
    return motionsOf(persona).slice(0, 10).flatMap(motion =>
        quickFix(context, `Support motion '${motion.name}' (${motion.title})`,
            [insertClauses(context.document, competency, [`supports ${motion.name}`], 'start')]));
}
