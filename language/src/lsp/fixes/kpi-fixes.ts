/** Fixes on KPIs: a missing or non-numeric target, a missing source or period, a reversed range. */
import { GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isKpi, isNumericTarget, isTextTarget } from '../../generated/ast.js';
import { targetValue } from '../../model/targets.js';
import type { FixContext } from './context.js';
import { containerOf, quickFix, systemsByUse } from './context.js';
import { insertClauses } from './text-edits.js';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const TARGET_STUB = '>= 1 per week';

export function addTarget(context: FixContext): CodeAction[] {
    const kpi = containerOf(context, isKpi);
    if (!kpi) return [];
    if (isTextTarget(kpi.target) && kpi.target.$cstNode) {
        return quickFix(context, `Replace "${kpi.target.text}" with a numeric target`,
            [{ range: kpi.target.$cstNode.range, newText: TARGET_STUB }], true);
    }
    if (kpi.target) return [];
    return quickFix(context, 'Add a target', [insertClauses(context.document, kpi, [`target ${TARGET_STUB}`], 'start')], true);
}

/** One action per visible system, the most used first (and preferred). */
export function addSource(context: FixContext): CodeAction[] {
    const kpi = containerOf(context, isKpi);
    if (!kpi) return [];
    return systemsByUse(context).slice(0, 5).flatMap((system, index) =>
        quickFix(context, `Add "measured in ${system}"`, [insertClauses(context.document, kpi, [`measured in ${system}`], 'end')], index === 0));
}

export function addPeriod(context: FixContext): CodeAction[] {
    const target = containerOf(context, isNumericTarget);
    const end = target?.$cstNode?.range.end;
    if (!target || !end || target.per) return [];
    return PERIODS.flatMap(period => quickFix(context, `Add "per ${period}"`, [{ range: { start: end, end }, newText: ` per ${period}` }]));
}

/** `between 20 and 10` -> `between 10 and 20`. */
export function swapBounds(context: FixContext): CodeAction[] {
    const target = containerOf(context, isNumericTarget);
    // Only the numbers move: `between 20 and 10 %` -> `between 10 and 20 %`.
    const low = GrammarUtils.findNodeForProperty(target?.value.$cstNode, 'amount');
    const high = GrammarUtils.findNodeForProperty(target?.upper?.$cstNode, 'amount');
    const value = target && targetValue(target);
    if (!value || value.upper === undefined || value.value <= value.upper || !low || !high) return [];
    return quickFix(context, 'Swap the bounds', [
        { range: low.range, newText: high.text },
        { range: high.range, newText: low.text }
    ], true);
}
