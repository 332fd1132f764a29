/**
 * A name that nothing in the model declares. Langium's linker finds these;
 * the document validator gives them this code and the message below.
 */
import type { Reference } from 'langium';
import type { Document } from '../generated/ast.js';
import { isCoach, isModelHeader, isSystem, isTerm } from '../generated/ast.js';
import { quickFix } from '../lsp/fixes/context.js';
import { similarNames } from '../text/similar-names.js';
import { indentUnit } from '../lsp/fixes/text-edits.js';
import { kindWord } from '../model/kinds.js';
import { defineRule } from './rule.js';

/** What each cross-reference property points at, for "Unknown motion 'X'" messages. */
const REFERENCE_KINDS: Readonly<Record<string, string>> = {
    supports: 'Motion', coaches: 'Coach', expertIn: 'Competency', source: 'System', term: 'Term', affects: 'Persona or Motion',
    kpi: 'Kpi', evaluatedBy: 'Kpi'
};

export interface LinkingData { property?: string; refText?: string }

/** What would fix the reference (validation/reference-hints.ts): where the name is defined, or close names. */
export interface ReferenceHint { elsewhere?: string; similar?: readonly string[] }

/** The message for an unresolved reference, or undefined to keep the linker's own. */
export function unresolvedMessage(data: LinkingData, hint: ReferenceHint = {}): string | undefined {
    const kind = REFERENCE_KINDS[data.property ?? ''];
    if (!kind || data.refText === undefined) return undefined;
    const head = `Unknown ${kindWord(kind)} '${data.refText}'`;
    if (hint.elsewhere) return `${head}: ${hint.elsewhere}`;
    const tail = hint.similar?.length ? `did you mean ${hint.similar.map(n => `'${n}'`).join(' or ')}?` : 'check the spelling or define it.';
    return `${head}: no ${kindWord(kind)} of that name is defined in the workspace; ${tail}`;
}

const DECLARATIONS: Readonly<Record<string, { kind: string; text: (name: string) => string; sameKind: (node: unknown) => boolean }>> = {
    source: { kind: 'system', text: name => `system ${name} "Describe the system"`, sameKind: isSystem },
    term: { kind: 'term', text: name => `term ${name} "Define the term."`, sameKind: isTerm },
    coaches: { kind: 'coach', text: name => `coach ${name} "Full name" {\n\trole sme\n}`, sameKind: isCoach }
};

export const unresolvedReference = defineRule({
    code: 'unresolved-reference',
    severity: 'error',
    summary: 'A name does not refer to anything defined in the workspace.',
    docs: {
        why: 'Names connect the model: `supports Close` ties a module to a motion, `measured in CRM` a KPI to its data. A name that resolves to nothing breaks that connection, and the generators would produce modules and panels attached to nothing.',
        bad: 'kpi WinRate "Win rate" {\n    target >= 75 %\n    measured in CMR\n}',
        good: 'system CRM "Salesforce"\n\nkpi WinRate "Win rate" {\n    target >= 75 %\n    measured in CRM\n}',
        fix: 'Correct the spelling, or declare the element in any file of the model. Names resolve within a model: files with the same `model "..."` header, plus files without one. The quick fixes offer close existing names and, for systems, terms and coaches, a declaration to complete.'
    },
    fixes: [
        function changeToSimilarName(context) {
            const { property, refText } = (context.diagnostic.data ?? {}) as LinkingData;
            const container = context.node;
            if (!container || !property || !refText) return [];
            const scope = context.services.references.ScopeProvider.getScope({
                reference: { $refText: '' } as Reference, container, property
            });
            const names = scope.getAllElements().map(d => d.name).toArray();
            return similarNames(refText, names).flatMap((name, index) =>
                quickFix(context, `Change to '${name}'`, [{ range: context.diagnostic.range, newText: name }], index === 0));
        },
        /** Declares the missing element after the file's last one of its kind (or its header). */
        function declareMissing(context) {
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
    ]
});
