/**
 * Whether a new name is acceptable for an element: a WPCM identifier, not
 * one of the language's keywords (the lexer would read it as the keyword),
 * and not already declared for the same kind in the element's model.
 */
import type { Grammar, URI } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import { WpcmTerminals } from '../generated/ast.js';
import { kindWord } from '../model/kinds.js';
import type { WorkspaceFacts } from '../workspace-facts.js';

const IDENTIFIER = new RegExp(`^(?:${WpcmTerminals.ID.source})$`);

/** `affects X` accepts a persona or a motion, so those two kinds share names. */
const CLASHING_KINDS: Readonly<Record<string, readonly string[]>> = {
    Persona: ['Persona', 'Motion'],
    Motion: ['Motion', 'Persona']
};

export function grammarKeywords(grammar: Grammar): Set<string> {
    return new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value));
}

export interface NameCheck {
    type: string;
    oldName: string;
    newName: string;
    uri: URI;
}

/** The reason the new name is refused, or undefined when it is fine. */
export function checkNewName(check: NameCheck, keywords: ReadonlySet<string>, facts: WorkspaceFacts): string | undefined {
    const { type, oldName, newName } = check;
    if (!IDENTIFIER.test(newName)) {
        return `'${newName}' is not a valid name: start with a letter or '_', then use letters, digits, '_' or '-'.`;
    }
    if (keywords.has(newName)) {
        return `'${newName}' is a WPCM keyword and cannot be used as a name.`;
    }
    if (newName === oldName) return undefined;
    const model = facts.modelOf(check.uri);
    for (const kind of CLASHING_KINDS[type] ?? [type]) {
        if (facts.declarationCount(kind, newName, model) > 0) {
            return `A ${kindWord(kind)} named '${newName}' already exists in this model; choose another name.`;
        }
    }
    return undefined;
}
