/**
 * The canonical layout (that of the examples): one clause per line inside
 * `{ ... }`, indented one level per block; single spaces between the words
 * of a clause, none before a comma or between a currency sign and its
 * amount; at most one blank line kept between clauses and top-level
 * elements; no blank line right after `{` or before `}`; one newline at the
 * end of the file. Comments are kept where they are and re-indented with
 * the code they precede. Only whitespace ever changes (safe-edits.ts checks
 * every edit), and a document with syntax errors is left alone.
 */
import type { AstNode, CompositeCstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarAST, GrammarUtils, isCompositeCstNode } from 'langium';
import type { FormattingAction, FormattingContext, NodeFormatter } from 'langium/lsp';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver-protocol';
import { isDocument, isNumericTarget, isQuantity, isRequirements } from '../generated/ast.js';
import { kindInfo } from '../model/kinds.js';
import { lineBreakOf, withLineBreaks } from './fixes/text-edits.js';
import { safeFormattingEdits } from './safe-edits.js';

/** Child nodes (rule calls) that start their own line inside a block. */
const MEMBER_PROPERTIES = new Set(['members', 'kpis', 'requires', 'performances', 'causes', 'interventions']);

/** A new line one level deeper, keeping at most one blank line before it. */
const CLAUSE: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };
/** The first line of a block: no blank line after `{`. */
const FIRST_CLAUSE: FormattingAction = Formatting.indent();
/** Between top-level elements: a line break, and at most one blank line. */
const ELEMENT: FormattingAction = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));

/** The innermost CST node of `node` (Langium nests one per unassigned rule call). */
function ownCst(node: AstNode): CstNode | undefined {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst)) {
        const visible = cst.content.filter(child => !child.hidden);
        const only = visible.length === 1 ? visible[0] : undefined;
        if (!only || !isCompositeCstNode(only) || only.astNode !== node) break;
        cst = only;
    }
    return cst;
}

function keywordOf(cst: CstNode): string | undefined {
    return GrammarAST.isKeyword(cst.grammarSource) ? cst.grammarSource.value : undefined;
}

function startsClause(node: AstNode, child: CstNode): boolean {
    const keyword = keywordOf(child);
    // Keywords that open a clause on their own line, per block type, from the kinds table.
    if (keyword !== undefined) return kindInfo(node.$type)?.clauses.includes(keyword) ?? false;
    return child.astNode !== node && MEMBER_PROPERTIES.has(child.astNode.$containerProperty ?? '');
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** Langium writes '\n'; a CRLF file keeps its line endings. */
function keepLineEndings(document: LangiumDocument, edits: TextEdit[]): TextEdit[] {
    return withLineBreaks(document.textDocument.getText(), edits);
}

export class WpcmFormatter extends AbstractFormatter {

    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isDocument(node)) {
            this.formatDocumentElements(node, formatter);
            return;
        }
        const cst = ownCst(node);
        if (!cst || !isCompositeCstNode(cst)) return;
        const block = isRequirements(node) || (kindInfo(node.$type)?.block ?? false);
        let inBody = false;
        let first = true;
        let previous: CstNode | undefined;
        for (const child of cst.content) {
            const region = formatter.cst([child]);
            const keyword = keywordOf(child);
            if (child.hidden) {
                // Comments on their own line inside a block line up with the clauses.
                if (inBody) region.prepend(CLAUSE);
                continue;
            }
            if (previous === undefined) {
                // The parent decides what goes before an element's first token.
            } else if (block && keyword === '}') {
                region.prepend(Formatting.newLine());
                inBody = false;
            } else if (inBody && (isRequirements(node) || startsClause(node, child))) {
                region.prepend(first ? FIRST_CLAUSE : CLAUSE);
                first = false;
            } else if (keyword === ',' || (isQuantity(node) && GrammarUtils.findAssignment(child)?.feature === 'amount')) {
                // `A, B` and `$10k`
                region.prepend(Formatting.noSpace());
            } else if (isNumericTarget(node) && GrammarUtils.findAssignment(child)?.feature === 'unit' && previous.end === child.offset) {
                // `2.5m` may mean 2.5 million: kpi-target-ambiguous-unit asks which, and a space would answer "a unit" for the author.
                region.prepend(Formatting.noSpace());
            } else {
                region.prepend(Formatting.oneSpace());
            }
            if (block && keyword === '{') inBody = true;
            previous = child;
        }
    }

    private formatDocumentElements(node: AstNode & { elements: AstNode[] }, formatter: NodeFormatter<AstNode>): void {
        // The first element starts the file, unless comments come before it.
        const first = node.elements[0]?.$cstNode;
        const commented = first !== undefined && (node.$cstNode as CompositeCstNode | undefined)?.content.some(c => c.hidden && c.offset < first.offset);
        node.elements.forEach((element, index) => {
            formatter.node(element).prepend(index === 0 && !commented ? Formatting.noSpace() : ELEMENT);
        });
    }

    /**
     * Comments: one space before a trailing comment; at most one blank line
     * before a comment on its own line (none at the top of the file). Langium
     * only re-indents them; it never changes the lines around them.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        return [...this.placeComment(previous, hidden, formatting, context), ...this.trimLineComment(hidden)];
    }

    private placeComment(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        if (previous && previous.range.end.line === start.line) {
            return [{ range: { start: previous.range.end, end: start }, newText: ' ' }];
        }
        const edits = super.createHiddenTextEdits(previous, hidden, formatting, context);
        const lines = previous ? Math.min(start.line - previous.range.end.line, 2) : 0;
        const move = this.findFittingMove({ start: { line: start.line, character: 0 }, end: start }, formatting?.moves ?? [], context);
        const width = this.getIndentationCharacterCount(context, move);
        const indent = context.options.insertSpaces ? ' '.repeat(width) : '\t'.repeat(width);
        const from = previous?.range.end ?? { line: 0, character: 0 };
        return [
            { range: { start: from, end: start }, newText: '\n'.repeat(lines) + indent },
            ...edits.filter(edit => edit.range.start.line !== start.line)
        ];
    }

    /** A line comment's trailing spaces are part of its token, but never part of its meaning. */
    private trimLineComment(hidden: CstNode): TextEdit[] {
        const kept = hidden.text.trimEnd().length;
        if (!hidden.text.startsWith('//') || kept === hidden.text.length) return [];
        const end = hidden.range.end;
        return [{ range: { start: { line: end.line, character: end.character - (hidden.text.length - kept) }, end }, newText: '' }];
    }

    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        if (hasSyntaxErrors(document)) return [];
        const edits = super.formatDocument(document, params) as TextEdit[];
        return safeFormattingEdits(document.textDocument, keepLineEndings(document, [...edits, ...this.finalNewline(document)]));
    }

    /**
     * Only in a document without syntax errors: Langium checks the range
     * alone, but recovery after an error further down can leave tokens out
     * of the CST, and an edit "between" two tokens of the range would then
     * cover code (it deleted `oops { "a"`).
     */
    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        if (hasSyntaxErrors(document)) return [];
        return safeFormattingEdits(document.textDocument, keepLineEndings(document, super.formatDocumentRange(document, params) as TextEdit[]));
    }

    /**
     * Exactly one line break at the end of a non-empty file, after the last
     * token; the trailing spaces of a last line comment belong to its token,
     * and trimLineComment removes them, so this edit starts after them and
     * the two do not overlap.
     */
    private finalNewline(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        const trailing = /\s*$/.exec(text)!;
        if (trailing.index === 0 || trailing[0] === '\n' || trailing[0] === lineBreakOf(text)) return [];
        const lastNode = document.parseResult.value.$cstNode?.root.content.at(-1);
        const end = Math.max(trailing.index, lastNode?.end ?? 0);
        return [{
            range: { start: document.textDocument.positionAt(end), end: document.textDocument.positionAt(text.length) },
            newText: '\n'
        }];
    }
}
