/** Hover on a format, practice, coach role or reporting period: what the known value means (model/values.ts). */
import type { CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { ValueClause } from '../model/values.js';
import { knownValue, VALUE_LISTS } from '../model/values.js';
import { inline } from '../text/markdown.js';

const CLAUSE_OF_PROPERTY: Readonly<Record<string, ValueClause>> = { formats: 'format', practices: 'practice', role: 'role', reports: 'reports' };

export function valueHover(leaf: CstNode): string | undefined {
    const clause = CLAUSE_OF_PROPERTY[GrammarUtils.findAssignment(leaf)?.feature ?? ''];
    if (!clause || /^["']/.test(leaf.text)) return undefined;
    const { what, values } = VALUE_LISTS[clause];
    const known = knownValue(values, leaf.text);
    return known
        ? `**${inline(known.value)}** (${what}): ${inline(known.description)}`
        : `**${inline(leaf.text)}**: not one of the known ${what}s (${values.map(v => v.value).join(', ')}).`;
}
