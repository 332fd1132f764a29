/**
 * What hover and completion say about Gilbert cells and intervention kinds:
 * the cell's meaning and the kinds that fit it, or the kind's default level,
 * the cells it fits and why (the one kind table, model/interventions.ts).
 */
import type { Cell } from '../generated/ast.js';
import { CELL_DOCS, CELLS, isEnvironmentCell } from '../model/gaps.js';
import { KIND_TABLE, kindEntry, kindsFitting } from '../model/interventions.js';
import { code } from '../text/markdown.js';

export function isCellWord(word: string): word is Cell {
    return (CELLS as readonly string[]).includes(word);
}

/** The fit table as Markdown: each cell and the kinds that fit it. */
export function fitTableMarkdown(): string {
    return ['| cell | kinds that fit |', '|---|---|', ...CELLS.map(cell => `| ${cell} | ${kindsFitting(cell).map(code).join(', ')} |`)].join('\n');
}

export function cellMarkdown(cell: Cell): string {
    const side = isEnvironmentCell(cell) ? 'environment' : 'individual';
    return [
        `**Cell** ${code(cell)} (${side}, Gilbert's Behavior Engineering Model)`,
        CELL_DOCS[cell],
        `**Kinds that fit:** ${kindsFitting(cell).map(code).join(', ') || 'none in the table'}`,
        fitTableMarkdown()
    ].join('\n\n');
}

export function kindMarkdown(kind: string): string {
    const entry = kindEntry(kind);
    if (!entry) {
        return [`**Intervention kind** ${code(kind)}`, 'Not in the fit table: it fits any cause at the levels it addresses (say which with `addresses`).', fitTableMarkdown()].join('\n\n');
    }
    return [
        `**Intervention kind** ${code(kind)}: ${entry.why}.`,
        `**Fits:** ${entry.cells ? entry.cells.map(code).join(', ') : 'any cell of the levels it addresses'}`,
        `**Addresses by default:** ${entry.level}${entry.training ? ' (training works at the performer level only)' : ''}`,
        fitTableMarkdown()
    ].join('\n\n');
}

/** One line for a completion item's detail. */
export function kindDetail(kind: string): string {
    const entry = kindEntry(kind);
    if (!entry) return 'intervention kind';
    return `fits ${entry.cells ? entry.cells.join(', ') : 'any cell'}; ${entry.level} level${entry.training ? ' only' : ''}`;
}

export function cellDetail(cell: Cell): string {
    return `${isEnvironmentCell(cell) ? 'environment' : 'individual'}: fits ${kindsFitting(cell).join(', ')}`;
}

/** The whole kind table as Markdown, as the README shows it (a test keeps the two equal). */
export function kindTableMarkdown(): string {
    return ['| kinds | addresses by default | fits | why |', '|---|---|---|---|',
        ...KIND_TABLE.map(entry => `| ${entry.kinds.map(code).join(', ')} | ${entry.level}${entry.training ? ' only' : ''} | ${entry.cells ? entry.cells.join(', ') : 'any cell'} | ${entry.why} |`)
    ].join('\n');
}
