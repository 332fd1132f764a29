/** Hover on a cause's cell or an intervention's kind: the fit table in context (see hpt-docs.ts). */
import type { CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { isCause, isIntervention } from '../generated/ast.js';
import { cellMarkdown, kindMarkdown } from './hpt-docs.js';

function isPropertyLeaf(leaf: CstNode, property: string): boolean {
    const node = leaf.astNode.$cstNode && GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, property);
    return node !== undefined && node.offset === leaf.offset && node.end === leaf.end;
}

export function gapWordHover(leaf: CstNode): string | undefined {
    const node = leaf.astNode;
    if (isCause(node) && node.cell && isPropertyLeaf(leaf, 'cell')) return cellMarkdown(node.cell);
    if (isIntervention(node) && node.kind && isPropertyLeaf(leaf, 'kind')) return kindMarkdown(node.kind);
    return undefined;
}
