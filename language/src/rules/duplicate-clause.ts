/** A clause that may appear once must not be given twice: only the last one would count. */
import type { AstNode, LeafCstNode } from 'langium';
import { isCompositeCstNode, isLeafCstNode } from 'langium';
import type { Gap } from '../generated/ast.js';
import type { ElementType } from '../model/kinds.js';
import { ELEMENT_KINDS, kindWord } from '../model/kinds.js';
import type { CheckContext, RuleChecks } from './rule.js';
import { defineRule } from './rule.js';

/**
 * The tokens of a block itself, not of the blocks nested in it: clause
 * keywords are among them. A block reached through an unassigned rule call
 * (a persona member) sits one composite node deeper.
 */
function ownTokens(node: AstNode): LeafCstNode[] {
    let cst = node.$cstNode;
    while (isCompositeCstNode(cst) && cst.content.length === 1 && isCompositeCstNode(cst.content[0])) cst = cst.content[0];
    return isCompositeCstNode(cst) ? cst.content.filter(isLeafCstNode) : [];
}

function checkSingleClauses(node: AstNode & { name?: string }, context: CheckContext): void {
    const keywords: readonly string[] = ELEMENT_KINDS[node.$type as ElementType].singleClauses;
    const seen = new Set<string>();
    for (const leaf of ownTokens(node)) {
        // Keyword tokens are named after their keyword; reading the name is cheaper than the text.
        const keyword = leaf.tokenType.name;
        if (!keywords.includes(keyword)) continue;
        if (!seen.has(keyword)) {
            seen.add(keyword);
            continue;
        }
        context.report(`'${keyword}' is given more than once in ${kindWord(node.$type)} '${node.name ?? ''}'; keep one (only the last counts).`,
            { node, range: leaf.range });
    }
}

/**
 * A gap's current performance on a KPI is one value ("one per KPI the gap shows on"): a second
 * `performance` line for the same KPI makes the report show two rows with two gaps and its
 * evaluation plan only the last value.
 */
function checkPerformances(gap: Gap, context: CheckContext): void {
    const seen = new Set<string>();
    for (const performance of gap.performances) {
        const name = performance.kpi?.$refText;
        if (!name) continue;
        if (!seen.has(name)) {
            seen.add(name);
            continue;
        }
        context.report(`'performance ${name}' is given more than once in gap '${gap.name ?? ''}'; keep one (the current performance on a KPI is one value).`,
            { node: performance, property: 'kpi' });
    }
}

/** One check per kind that has single clauses, straight from the kinds table, and the gap's performance lines. */
const checks: RuleChecks = {
    ...Object.fromEntries(
        Object.entries(ELEMENT_KINDS).filter(([, kind]) => kind.singleClauses.length > 0).map(([type]) => [type, checkSingleClauses])
    ),
    Gap: (gap: Gap, context: CheckContext) => {
        checkSingleClauses(gap, context);
        checkPerformances(gap, context);
    }
};

export const duplicateClause = defineRule({
    code: 'duplicate-clause',
    severity: 'error',
    summary: 'A clause that may appear once appears more than once (e.g. two `goal`s).',
    docs: {
        why: 'A motion has one goal, a KPI one target and one system, a competency one value statement, a gap one current performance per KPI. When such a clause is repeated only the last one counts, so the first is silently ignored by every generator (a gap report would show two sizes for one KPI).',
        bad: 'motion Close "Close the deal" {\n    goal "Win the deal."\n    goal "Close on the customer\'s timetable."\n}',
        good: 'motion Close "Close the deal" {\n    goal "Win the deal on the customer\'s timetable."\n}',
        fix: 'Keep one of the clauses, merging their text if both matter.'
    },
    checks
});
