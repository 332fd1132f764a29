/**
 * "Disable <code> for this line / this file", like ESLint: writes the
 * suppression comments the validator understands.
 */
import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { UNSUPPRESSIBLE_CODES } from '../../rules/index.js';
import type { FixContext } from './context.js';
import { quickFix } from './context.js';
import { indentOf } from './text-edits.js';

/** `// wpcm-disable-next-line codes -- reason` alone on its line: where the codes end, to add one. */
const NEXT_LINE_DIRECTIVE = /^[ \t]*\/\/[ \t]*wpcm-disable-next-line(?![\w-])[ \t]*(\S.*?)??(?=[ \t]+--[ \t]|[ \t]*$)/;

/** Whether `offset` lies inside a token (a string or comment over several lines), not between two. */
function insideToken(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root) return false;
    return CstUtils.streamCst(root).some(node => node.offset < offset && offset < node.end && !('content' in node));
}

/**
 * The edit that disables `code` on the diagnostic's line. A directive
 * covers the line after it, so it goes on a line of its own right above;
 * when that line already holds a next-line directive, the code joins its
 * list (a second directive in between would take the first one's line away).
 * Nothing when the line begins inside a string or a comment: a directive
 * there would become part of that text and disable nothing.
 */
function disableLine(context: FixContext, code: string): TextEdit | undefined {
    const { document } = context;
    const line = context.diagnostic.range.start.line;
    const lineStart = { line, character: 0 };
    if (insideToken(document, document.textDocument.offsetAt(lineStart))) return undefined;
    if (line > 0) {
        const above = document.textDocument.getText({ start: { line: line - 1, character: 0 }, end: lineStart }).replace(/(\r\n|\r|\n)$/, '');
        const directive = NEXT_LINE_DIRECTIVE.exec(above);
        if (directive?.[1] !== undefined && !insideToken(document, document.textDocument.offsetAt({ line: line - 1, character: above.indexOf('//') }))) {
            const at = { line: line - 1, character: directive[0].length };
            return { range: { start: at, end: at }, newText: `, ${code}` };
        }
    }
    return { range: { start: lineStart, end: lineStart }, newText: `${indentOf(document, line)}// wpcm-disable-next-line ${code}\n` };
}

export function suppress(context: FixContext, code: string): CodeAction[] {
    if (UNSUPPRESSIBLE_CODES.has(code)) return [];
    const fileStart = { line: 0, character: 0 };
    return [
        ...quickFix(context, `Disable ${code} for this line`, [disableLine(context, code)]),
        ...quickFix(context, `Disable ${code} for this file`,
            [{ range: { start: fileStart, end: fileStart }, newText: `// wpcm-disable ${code}\n` }])
    ];
}
