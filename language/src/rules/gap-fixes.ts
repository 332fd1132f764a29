/**
 * The quick-fix building blocks the gap rules share: insert an intervention
 * that fits a cause, classify a cause by its cell, name the KPIs that
 * evaluate a gap. The kind a fix proposes comes from the one kind table
 * (model/interventions.ts), so a fixed model passes the rules.
 */
import type { CstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Cell, Gap, Level } from '../generated/ast.js';
import { isCause, isGap, isIntervention } from '../generated/ast.js';
import { KIND_TABLE } from '../model/interventions.js';
import type { FixContext } from '../lsp/fixes/context.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';

/** The kind proposed for a cause without a cell, by level. */
export const KIND_FOR_LEVEL: Readonly<Record<Level, string>> = { organization: 'incentives', process: 'process', performer: 'coaching' };

/**
 * The kind a fix proposes for a cause: the first row of the kind table that
 * fits its cell and works at its level by default, else the first that fits
 * the cell at all; never training above the performer level (it could not
 * change the cause). Undefined when nothing in the table can.
 */
export function kindFor(level: Level, cell: Cell | undefined): string | undefined {
    if (!cell) return KIND_FOR_LEVEL[level];
    const usable = KIND_TABLE.filter(entry => entry.cells?.includes(cell) && (!entry.training || level === 'performer'));
    return (usable.find(entry => entry.level === level) ?? usable[0])?.kinds[0];
}

/** After the gap's last intervention, else after its last cause, performance or affects clause; else at its end. */
function interventionAnchor(gap: Gap): CstNode | 'end' {
    const nodes = [...gap.interventions, ...gap.causes, ...gap.performances].map(n => n.$cstNode)
        .concat(gap.affects.map(a => a.$refNode)).filter((n): n is CstNode => n !== undefined);
    const last = gap.interventions.at(-1)?.$cstNode ?? nodes.sort((a, b) => a.offset - b.offset).at(-1);
    return last ?? 'end';
}

export function gapOf(context: FixContext): Gap | undefined {
    return containerOf(context, isGap);
}

/** Appends `intervention <kind> "Describe the intervention" addresses <levels>` to the gap. */
export function addIntervention(context: FixContext, kind: string, levels: readonly Level[], title: string): CodeAction[] {
    const gap = gapOf(context);
    if (!gap || levels.length === 0) return [];
    const clause = `intervention ${kind} "Describe the intervention" addresses ${levels.join(', ')}`;
    return quickFix(context, title, [insertClauses(context.document, gap, [clause], interventionAnchor(gap))], true);
}

/** The cause or the intervention a diagnostic points into. */
export function causeAt(context: FixContext) {
    return containerOf(context, isCause);
}

export function interventionAt(context: FixContext) {
    return containerOf(context, isIntervention);
}
