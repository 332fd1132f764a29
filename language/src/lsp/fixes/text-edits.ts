/**
 * Inserting clauses into a block the way a person would type them: on their
 * own line, indented one level deeper than the block, using the file's own
 * indentation (tabs or its width of spaces), and never inside a comment.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver-types';

/** The file's line break: CRLF when it has any, CR in a file of lone CRs, else LF (what the formatter and every quick fix write). */
export function lineBreakOf(text: string): '\r\n' | '\r' | '\n' {
    if (text.includes('\r\n')) return '\r\n';
    return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/**
 * Edits are built with '\n'; in a CRLF file each becomes '\r\n' (a CR file's, '\r'), or the file
 * would end up with mixed line endings (and a lone '\n' in the middle of
 * CRLF lines that editors and `git diff` show as a changed line ending).
 */
export function withLineBreaks<E extends { newText: string }>(text: string, edits: readonly E[]): E[] {
    const eol = lineBreakOf(text);
    return eol === '\n' ? [...edits] : edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, eol) }));
}

/** The file's indentation unit: a tab if lines are tab-indented, else its smallest space indent (default 4). */
export function indentUnit(text: string): string {
    let smallest = Infinity;
    for (const match of text.matchAll(/^([ \t]+)\S/gm)) {
        const indent = match[1]!;
        if (indent.startsWith('\t')) return '\t';
        smallest = Math.min(smallest, indent.length);
    }
    return ' '.repeat(Number.isFinite(smallest) && smallest >= 2 && smallest <= 8 ? smallest : 4);
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '');
}

export function indentOf(document: LangiumDocument, line: number): string {
    return /^[ \t]*/.exec(lineText(document, line))![0];
}

function endOfLine(document: LangiumDocument, line: number): Position {
    return { line, character: lineText(document, line).length };
}

/** Whether only whitespace or a line comment follows this position on its line. */
function restOfLineIsFree(document: LangiumDocument, position: Position): boolean {
    return /^\s*(\/\/.*)?$/.test(lineText(document, position.line).slice(position.character));
}

function linesFor(clauses: readonly string[], indent: string, unit: string): string {
    return clauses.map(clause => clause.split('\n').map(line => indent + line.replaceAll('\t', unit)).join('\n')).join('\n');
}

/** The position before the spaces that precede `position` on its line. */
function beforeSpaces(document: LangiumDocument, position: Position): Position {
    const before = lineText(document, position.line).slice(0, position.character);
    return { line: position.line, character: before.trimEnd().length };
}

export type Where = 'start' | 'end' | CstNode;

/**
 * A text edit that inserts `clauses` into `block` (a node with `{ ... }`):
 * at its start, at its end, or after a given clause. Clause text may span
 * lines and use '\t' for one extra level of indentation.
 */
export function insertClauses(document: LangiumDocument, block: AstNode, clauses: readonly string[], where: Where): TextEdit | undefined {
    const cst = block.$cstNode;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!cst || !open || !close) return undefined;
    const unit = indentUnit(document.textDocument.getText());
    const blockIndent = indentOf(document, cst.range.start.line);
    const inner = linesFor(clauses, blockIndent + unit, unit);
    const oneLiner = open.range.start.line === close.range.start.line;
    if (oneLiner && clauses.every(clause => !clause.includes('\n'))) {
        // `{ goal "g" }` stays on one line: `{ goal "g" kpi ... }`.
        const at = where === 'start' ? open.range.end : where === 'end' ? beforeSpaces(document, close.range.start) : where.range.end;
        return { range: { start: at, end: at }, newText: ` ${clauses.join(' ')}` };
    }
    if (where === 'end') {
        const closeStart = close.range.start;
        const before = lineText(document, closeStart.line).slice(0, closeStart.character);
        if (before.trim() === '') {
            const lineStart = { line: closeStart.line, character: 0 };
            return { range: { start: lineStart, end: lineStart }, newText: `${inner}\n` };
        }
        return { range: { start: beforeSpaces(document, closeStart), end: closeStart }, newText: `\n${inner}\n${blockIndent}` };
    }
    const anchor = where === 'start' ? open : where;
    const at = restOfLineIsFree(document, anchor.range.end) ? endOfLine(document, anchor.range.end.line) : anchor.range.end;
    return { range: { start: at, end: at }, newText: `\n${inner}` };
}

/** Deletes whole lines when the node stands alone on them, else just the node's text. */
export function deleteNode(document: LangiumDocument, node: CstNode): TextEdit {
    const { start, end } = node.range;
    const before = lineText(document, start.line).slice(0, start.character);
    const after = lineText(document, end.line).slice(end.character);
    if (before.trim() === '' && after.trim() === '') {
        return { range: { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, newText: '' };
    }
    return { range: node.range, newText: '' };
}
