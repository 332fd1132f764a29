/**
 * Fixes for a name that does not resolve: change it to a close existing
 * name, or declare the missing system, term or coach.
 */
import type { Reference } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Document } from '../../generated/ast.js';
import { isCoach, isModelHeader, isSystem, isTerm } from '../../generated/ast.js';
import type { FixContext } from './context.js';
import { quickFix } from './context.js';
import { similarNames } from '../../text/similar-names.js';
import { indentUnit } from './text-edits.js';

interface LinkingData { property?: string; refText?: string }

export function changeToSimilarName(context: FixContext): CodeAction[] {
    const { property, refText } = (context.diagnostic.data ?? {}) as LinkingData;
    const container = context.node;
    if (!container || !property || !refText) return [];
    const scope = context.services.references.ScopeProvider.getScope({
        reference: { $refText: '' } as Reference, container, property
    });
    const names = scope.getAllElements().map(d => d.name).toArray();
    return similarNames(refText, names).flatMap((name, index) =>
        quickFix(context, `Change to '${name}'`, [{ range: context.diagnostic.range, newText: name }], index === 0));
}

const DECLARATIONS: Record<string, { kind: string; text: (name: string) => string; sameKind: (node: unknown) => boolean }> = {
    source: { kind: 'system', text: name => `system ${name} "Describe the system"`, sameKind: isSystem },
    term: { kind: 'term', text: name => `term ${name} "Define the term."`, sameKind: isTerm },
    coaches: { kind: 'coach', text: name => `coach ${name} "Full name" {\n\trole sme\n}`, sameKind: isCoach }
};

/** Declares the missing element after the file's last one of its kind (or its header). */
export function declareMissing(context: FixContext): CodeAction[] {
    const { property, refText } = (context.diagnostic.data ?? {}) as LinkingData;
    const declaration = property ? DECLARATIONS[property] : undefined;
    if (!declaration || !refText || !/^[_a-zA-Z][\w-]*$/.test(refText)) return [];
    const elements = (context.document.parseResult.value as Document).elements;
    const anchor = elements.filter(declaration.sameKind).at(-1) ?? elements.find(isModelHeader);
    const end = anchor?.$cstNode?.range.end;
    const text = declaration.text(refText).replaceAll('\t', indentUnit(context.document.textDocument.getText()));
    const edit = end
        ? { range: { start: end, end }, newText: `\n${text}` }
        : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${text}\n\n` };
    return quickFix(context, `Declare ${declaration.kind} '${refText}'`, [edit]);
}
