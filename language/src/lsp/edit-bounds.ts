/**
 * Edits and ranges checked against the document they are for. A client can
 * send anything (a diagnostic from an older version, a range past the end);
 * whatever comes back must still apply to the text the server has.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

function positionInside(document: TextDocument, position: Position): boolean {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) return false;
    if (position.line >= document.lineCount) return false;
    const lineEnd = position.line + 1 < document.lineCount
        ? document.offsetAt({ line: position.line + 1, character: 0 })
        : document.getText().length;
    const lineStart = document.offsetAt({ line: position.line, character: 0 });
    return lineStart + position.character <= lineEnd;
}

/** Whether `range` starts before it ends and both ends are real positions of `document`. */
export function rangeInside(document: TextDocument, range: Range): boolean {
    if (!positionInside(document, range.start) || !positionInside(document, range.end)) return false;
    return document.offsetAt(range.start) <= document.offsetAt(range.end);
}

/** Whether the edits of `edit` to `document` all lie inside it. */
export function editInside(document: TextDocument, edit: WorkspaceEdit): boolean {
    const uri = document.uri;
    const own = (edits: TextEdit[] | undefined) => (edits ?? []).every(e => rangeInside(document, e.range));
    if (!own(edit.changes?.[uri])) return false;
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri && !own(change.edits as TextEdit[])) return false;
    }
    return true;
}
