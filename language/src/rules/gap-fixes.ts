/** The quick fix the two gap-coverage rules share: an intervention for the levels left open. */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Level } from '../generated/ast.js';
import { isGap } from '../generated/ast.js';
import type { FixContext } from '../lsp/fixes/context.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';

/** An intervention kind that typically works at each level. */
const KIND_FOR_LEVEL: Record<Level, string> = { organization: 'incentives', process: 'process', performer: 'coaching' };

export function addIntervention(context: FixContext, levels: Level[]): CodeAction[] {
    const gap = containerOf(context, isGap);
    if (!gap || levels.length === 0) return [];
    const clause = `intervention ${KIND_FOR_LEVEL[levels[0]!]} "Describe the intervention" addresses ${levels.join(', ')}`;
    return quickFix(context, `Add an intervention that addresses ${levels.join(' and ')}`,
        [insertClauses(context.document, gap, [clause], 'end')], true);
}
