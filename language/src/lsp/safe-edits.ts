/**
 * The formatter's contract, enforced on its output: edits only change
 * whitespace, lie inside the document and never overlap. Langium computes
 * an edit as "the text between two CST leaves becomes this whitespace", and
 * after a syntax error the parser's recovery leaves tokens out of the CST,
 * so the text between two leaves can hold code (range formatting deleted
 * `oops { "a"`). WpcmFormatter also skips formatting a broken document or
 * range; this is the net under any remaining case: an edit that would
 * change non-whitespace text is dropped, and so is one overlapping an
 * earlier edit.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { rangeInside } from './edit-bounds.js';

const nonWhitespace = (text: string) => text.replace(/\s+/g, '');

export function safeFormattingEdits(document: TextDocument, edits: readonly TextEdit[]): TextEdit[] {
    const located = edits
        .filter(edit => rangeInside(document, edit.range))
        .map(edit => ({ edit, start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }))
        .filter(({ edit, start, end }) => nonWhitespace(document.getText().slice(start, end)) === nonWhitespace(edit.newText))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: TextEdit[] = [];
    let reached = -1;
    for (const { edit, start, end } of located) {
        // Two insertions at one offset would be applied in an unspecified order: keep the first.
        if (start < reached || (start === reached && start === end && kept.length > 0 && isInsertionAt(document, kept[kept.length - 1]!, start))) continue;
        kept.push(edit);
        reached = end;
    }
    return kept;
}

function isInsertionAt(document: TextDocument, edit: TextEdit, offset: number): boolean {
    return document.offsetAt(edit.range.start) === offset && document.offsetAt(edit.range.end) === offset;
}
