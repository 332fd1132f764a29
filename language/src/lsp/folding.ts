/**
 * Folding: every block (`{ ... }`) and block comment, as Langium does, plus
 * runs of consecutive `//` comment lines such as a file's header comment,
 * like TypeScript folds them.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { FoldingRangeAcceptor } from 'langium/lsp';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { kindInfo } from '../model/kinds.js';

/** Element blocks (from the kinds table), plus the `requires { ... }` list. */
function isBlock(type: string): boolean {
    return kindInfo(type)?.block ?? type === 'Requirements';
}

export class WpcmFoldingRangeProvider extends DefaultFoldingRangeProvider {

    protected override shouldProcess(node: AstNode): boolean {
        return isBlock(node.$type);
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        if (!node.$cstNode) return;
        let first: number | undefined;
        let last = -2;
        const flush = () => {
            if (first !== undefined && last > first) acceptor(FoldingRange.create(first, last, undefined, undefined, FoldingRangeKind.Comment));
        };
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.tokenType.name !== 'SL_COMMENT') continue;
            const line = leaf.range.start.line;
            const alone = document.textDocument.getText({ start: { line, character: 0 }, end: leaf.range.start }).trim() === '';
            if (alone && line === last + 1) {
                last = line;
                continue;
            }
            flush();
            first = alone ? line : undefined;
            last = alone ? line : -2;
        }
        flush();
    }
}
