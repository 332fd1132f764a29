/**
 * The quick-fix building blocks the gap rules share: insert an intervention
 * that fits a cause, classify a cause by its cell, name the KPIs that
 * evaluate a gap. The kind a fix proposes for a cell comes from the one
 * kind table (model/interventions.ts), so a fixed model passes the rules.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Cell, Gap, Level } from '../generated/ast.js';
import { isCause, isGap, isIntervention } from '../generated/ast.js';
import { kindEntry } from '../model/interventions.js';
import type { FixContext } from '../lsp/fixes/context.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';

/** The kind a fix proposes for a cause in each cell (a row of the kind table). */
export const KIND_FOR_CELL: Readonly<Record<Cell, string>> = {
    information: 'feedback', resources: 'tooling', incentives: 'compensation',
    knowledge: 'training', capacity: 'selection', motives: 'job-design'
};

/** The kind proposed for a cause without a cell, by level. */
export const KIND_FOR_LEVEL: Readonly<Record<Level, string>> = { organization: 'incentives', process: 'process', performer: 'coaching' };

/** A kind that fits the cause and can change its level, or undefined (training at a systemic level). */
export function kindFor(level: Level, cell: Cell | undefined): string | undefined {
    const kind = cell ? KIND_FOR_CELL[cell] : KIND_FOR_LEVEL[level];
    return kindEntry(kind)?.training && level !== 'performer' ? undefined : kind;
}

export function gapOf(context: FixContext): Gap | undefined {
    return containerOf(context, isGap);
}

/** Appends `intervention <kind> "Describe the intervention" addresses <levels>` to the gap. */
export function addIntervention(context: FixContext, kind: string, levels: readonly Level[], title: string): CodeAction[] {
    const gap = gapOf(context);
    if (!gap || levels.length === 0) return [];
    const clause = `intervention ${kind} "Describe the intervention" addresses ${levels.join(', ')}`;
    return quickFix(context, title, [insertClauses(context.document, gap, [clause], 'end')], true);
}

/** The cause or the intervention a diagnostic points into. */
export function causeAt(context: FixContext) {
    return containerOf(context, isCause);
}

export function interventionAt(context: FixContext) {
    return containerOf(context, isIntervention);
}
