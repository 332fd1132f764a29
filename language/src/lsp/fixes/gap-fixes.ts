/** Fixes on gaps: an intervention for the levels training cannot reach or no intervention covers. */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Level } from '../../generated/ast.js';
import { isCause, isGap } from '../../generated/ast.js';
import type { FixContext } from './context.js';
import { containerOf, quickFix } from './context.js';
import { insertClauses } from './text-edits.js';

/** An intervention kind that typically works at each level. */
const KIND_FOR_LEVEL: Record<Level, string> = { organization: 'incentives', process: 'process', performer: 'coaching' };

function addIntervention(context: FixContext, levels: Level[]): CodeAction[] {
    const gap = containerOf(context, isGap);
    if (!gap || levels.length === 0) return [];
    const clause = `intervention ${KIND_FOR_LEVEL[levels[0]!]} "Describe the intervention" addresses ${levels.join(', ')}`;
    return quickFix(context, `Add an intervention that addresses ${levels.join(' and ')}`,
        [insertClauses(context.document, gap, [clause], 'end')], true);
}

export function addSystemicIntervention(context: FixContext): CodeAction[] {
    const gap = containerOf(context, isGap);
    const levels = [...new Set(gap?.causes.map(c => c.level).filter(l => l !== 'performer'))];
    return addIntervention(context, levels);
}

export function addInterventionForLevel(context: FixContext): CodeAction[] {
    const cause = containerOf(context, isCause);
    return cause ? addIntervention(context, [cause.level]) : [];
}
