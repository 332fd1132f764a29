import type { ValidationAcceptor } from 'langium';
import type { Persona } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { RULES } from '../rules.js';
import { report } from './report.js';

export class PersonaValidator {

    checkHasMotions(persona: Persona, accept: ValidationAcceptor): void {
        if (motionsOf(persona).length > 0 || !persona.name) return;
        report(accept, RULES.personaNoMotion,
            `Persona '${persona.name}' has no motions; describe its workflow as motion blocks in workflow order.`,
            { node: persona, property: 'name' });
    }
}
