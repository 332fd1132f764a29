/**
 * `unknown-value`: a format, practice, coach role or reporting period that is
 * not one of the documented values (model/values.ts). Info only: a team may
 * use its own values, but a misspelt one ("webinr") would silently lose the
 * outline's advice, so the finding says which known value is close.
 */
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { KnownValue, ValueClause } from '../model/values.js';
import { knownValue, similarValues, VALUE_LISTS } from '../model/values.js';
import { quickFix } from '../lsp/fixes/context.js';
import type { FixBuilder } from '../lsp/fixes/context.js';
import type { CheckContext } from './rule.js';
import { defineRule } from './rule.js';

interface UnknownValueData { suggestions?: string[] }

function listOf(values: readonly KnownValue[]): string {
    const words = values.map(v => v.value);
    return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The finding for one value, if it is not known; `index` for list properties. */
function checkValue(clause: ValueClause, node: AstNode, property: string, text: string | undefined, context: CheckContext, index?: number): void {
    if (!text) return;
    const { what, values } = VALUE_LISTS[clause];
    if (knownValue(values, text)) return;
    const suggestions = similarValues(values, text);
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map(s => `'${s}'`).join(' or ')}?` : `known ${what}s are ${listOf(values)}.`;
    context.report(`'${text}' is not a known ${what}; ${hint} (A value of your own is fine: the outline then gives no advice for it.)`,
        { node, property, ...(index !== undefined ? { index } : {}), data: { suggestions } });
}

/** A quoted practice is free text by design; only bare words are values. */
function isQuoted(node: AstNode, property: string, index: number): boolean {
    const cst = GrammarUtils.findNodesForProperty(node.$cstNode, property)[index];
    return cst !== undefined && /^["']/.test(cst.text);
}

const changeToKnown: FixBuilder = context => {
    const { suggestions } = (context.diagnostic.data ?? {}) as UnknownValueData;
    return (suggestions ?? []).flatMap((value, i) =>
        quickFix(context, `Change to '${value}'`, [{ range: context.diagnostic.range, newText: value }], i === 0));
};

export const unknownValue = defineRule({
    code: 'unknown-value',
    severity: 'info',
    summary: 'A format, practice, coach role or reporting period that is not one of the documented values.',
    docs: {
        why: 'The module outlines explain each known format, practice and role to the instructional designer. '
            + 'A misspelt value (`webinr`, `role-play` written as `rolplay`) still parses but loses that advice, so it is worth a look. '
            + 'Your own values are allowed: this is only information.',
        bad: 'competency C "How to pitch" {\n    format webinr\n    practice rolplay\n}',
        good: 'competency C "How to pitch" {\n    format webinar\n    practice roleplay\n}',
        fix: 'Use one of the values listed in the README (Formats, practices, roles, reporting periods). '
            + 'The quick fix changes the word to the closest known value.'
    },
    checks: {
        Competency: (node, context) => {
            node.formats.forEach((format, i) => checkValue('format', node, 'formats', format, context, i));
            node.practices.forEach((practice, i) => {
                if (!isQuoted(node, 'practices', i)) checkValue('practice', node, 'practices', practice, context, i);
            });
        },
        Coach: (node, context) => checkValue('role', node, 'role', node.role, context),
        Organization: (node, context) => checkValue('reports', node, 'reports', node.reports, context)
    },
    fixes: [changeToKnown]
});
