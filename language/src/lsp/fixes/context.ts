/**
 * What every quick-fix builder gets: the diagnostic, its document, the AST
 * node it points at, and the services to look names up. Plus small helpers
 * shared by the builders (fresh names, the system to measure in, actions).
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { Document } from '../../generated/ast.js';
import { isKpi } from '../../generated/ast.js';
import { namedElements } from '../../model/elements.js';
import { withLineBreaks } from './text-edits.js';
import type { WpcmServices } from '../../wpcm-module.js';

export interface FixContext {
    diagnostic: Diagnostic;
    document: LangiumDocument<Document>;
    services: WpcmServices;
    /** The innermost AST node at the start of the diagnostic's range. */
    node: AstNode | undefined;
}

export type FixBuilder = (context: FixContext) => CodeAction[];

export function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    return CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
}

export function containerOf<T extends AstNode>(context: FixContext, guard: (node: unknown) => node is T): T | undefined {
    return context.node ? AstUtils.getContainerOfType(context.node, guard) : undefined;
}

export function quickFix(context: FixContext, title: string, edits: Array<TextEdit | undefined>, preferred = false): CodeAction[] {
    const defined = withLineBreaks(context.document.textDocument.getText(), edits.filter((edit): edit is TextEdit => edit !== undefined));
    if (defined.length === 0) return [];
    const action: CodeAction = {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        edit: { changes: { [context.document.textDocument.uri]: defined } }
    };
    if (preferred) action.isPreferred = true;
    return [action];
}

function modelOf(context: FixContext): string {
    return context.services.wpcm.WorkspaceFacts.modelOf(context.document.uri);
}

/** `base`, or `base2`, `base3`... whichever no element of this kind in the model uses yet. */
export function freshName(context: FixContext, type: string, base: string): string {
    const facts = context.services.wpcm.WorkspaceFacts;
    const model = modelOf(context);
    for (let i = 1; ; i++) {
        const name = i === 1 ? base : `${base}${i}`;
        if (facts.declarationCount(type, name, model) === 0) return name;
    }
}

/** Names of the systems visible from this file, the ones its KPIs already use first. */
export function systemsByUse(context: FixContext): string[] {
    const facts = context.services.wpcm.WorkspaceFacts;
    const model = modelOf(context);
    const uses = new Map<string, number>();
    for (const element of namedElements(context.document.parseResult.value)) {
        if (isKpi(element) && element.source) uses.set(element.source.$refText, (uses.get(element.source.$refText) ?? 0) + 1);
    }
    const visible = context.services.shared.workspace.IndexManager.allElements('System')
        .filter(d => facts.isVisible(model, d)).map(d => d.name).distinct().toArray();
    return visible.sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0));
}

/** A KPI block to fill in: a numeric target and, when the model has systems, where it is measured. */
export function kpiStub(context: FixContext, base: string): string {
    const system = systemsByUse(context)[0];
    return [
        `kpi ${freshName(context, 'Kpi', base)} "Describe what is counted" {`,
        '\ttarget >= 1 per week',
        ...(system ? [`\tmeasured in ${system}`] : []),
        '}'
    ].join('\n');
}

/** "Close the deal" -> "close the deal", for "How to close the deal". */
/** A string literal in the quote style of the original, escaped. */
export function quoted(text: string, quote: '"' | "'" = '"'): string {
    return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}
