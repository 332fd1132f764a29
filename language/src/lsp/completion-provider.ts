/**
 * Completion: Langium proposes the keywords the grammar allows at the cursor
 * and the names a cross-reference can take (already scoped to the file's
 * model). On top of that WPCM adds element titles as details, skips names
 * a list already holds, and offers values for free-text words (units,
 * formats, roles, intervention kinds).
 */
import type { AstNodeDescription, LangiumDocument, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, LangiumServices, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { isKpi, isNumericTarget } from '../generated/ast.js';
import { namedElements } from '../model/elements.js';
import { kindWord } from '../model/kinds.js';
import { SUGGESTED_VALUES } from './completion-values.js';
import { kindsOf } from './node-kinds.js';

export class WpcmCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumServices['shared']['workspace']['LangiumDocuments'];

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        const property = next.property ?? AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        if (property && property in SUGGESTED_VALUES && GrammarAST.isRuleCall(next.feature)) {
            this.completionForValues(context, property, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const listed = this.namesAlreadyListed(refInfo, context.offset);
        return super.getReferenceCandidates(refInfo, context).filter(d => !listed.has(d.name));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const title = (description.node as { title?: unknown } | undefined)?.title;
        return {
            ...item,
            kind: kindsOf(description.type).completion,
            detail: typeof title === 'string' ? `${kindWord(description.type)}: ${title}` : kindWord(description.type)
        };
    }

    /** Names already in a list such as `supports A, B`, except the one being typed. */
    private namesAlreadyListed(refInfo: ReferenceInfo, offset: number): Set<string> {
        const value = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
        if (!Array.isArray(value)) return new Set();
        const names = new Set<string>();
        for (const ref of value as Array<{ $refText?: string; $refNode?: { offset: number; end: number } }>) {
            const node = ref.$refNode;
            const underCursor = node !== undefined && offset >= node.offset && offset <= node.end;
            if (ref.$refText && !underCursor) names.add(ref.$refText);
        }
        return names;
    }

    private completionForValues(context: CompletionContext, property: string, acceptor: CompletionAcceptor): void {
        const values = new Set(SUGGESTED_VALUES[property]);
        if (property === 'unit') this.unitsInUse().forEach(unit => values.add(unit));
        for (const value of values) {
            acceptor(context, { label: value, kind: property === 'unit' ? CompletionItemKind.Unit : CompletionItemKind.Value, detail: property === 'unit' ? 'unit' : property, sortText: '2' });
        }
    }

    /** Unit words the workspace's targets already use ("touches", "open"). */
    private unitsInUse(): Set<string> {
        const units = new Set<string>();
        for (const document of this.documents.all as Stream<LangiumDocument<Document>>) {
            for (const element of namedElements(document.parseResult.value)) {
                if (isKpi(element) && isNumericTarget(element.target) && element.target.unit) units.add(element.target.unit);
            }
        }
        return units;
    }
}
