/** Fixes for structural findings: a second model header is ignored, so it can go. */
import type { CodeAction } from 'vscode-languageserver-types';
import { isModelHeader } from '../../generated/ast.js';
import type { FixContext } from './context.js';
import { containerOf, quickFix } from './context.js';
import { deleteNode } from './text-edits.js';

export function removeModelHeader(context: FixContext): CodeAction[] {
    const header = containerOf(context, isModelHeader);
    return header?.$cstNode ? quickFix(context, 'Remove this model header', [deleteNode(context.document, header.$cstNode)], true) : [];
}
