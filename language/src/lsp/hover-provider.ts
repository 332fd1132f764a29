/**
 * Hovers: facts about the element under the cursor, whether on its
 * declaration or on a reference to it; a KPI target in words; and a short
 * explanation of clause keywords.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { AstNode, CstNode } from 'langium';
import { isNumericTarget } from '../generated/ast.js';
import { describeTarget, targetValue } from '../model/targets.js';
import { hoverMarkdown } from './hover-content.js';
import { gapWordHover } from './hpt-hover.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import { valueHover } from './value-hover.js';
import { inline } from '../text/markdown.js';

export class WpcmHoverProvider extends AstNodeHoverProvider {
    constructor(private readonly services: LangiumServices) {
        super(services);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || offset >= leaf.end) return undefined;
        const markdown = this.describeDeclarations(leaf) ?? this.describeTarget(leaf) ?? gapWordHover(leaf) ?? this.describeKeyword(leaf) ?? valueHover(leaf);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return hoverMarkdown(node, this.services);
    }

    private describeDeclarations(leaf: CstNode): string | undefined {
        const parts = this.references.findDeclarations(leaf)
            .map(node => hoverMarkdown(node, this.services))
            .filter((text): text is string => text !== undefined);
        return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
    }

    private describeTarget(leaf: CstNode): string | undefined {
        const target = AstUtils.getContainerOfType(leaf.astNode, isNumericTarget);
        return target ? `**Target:** ${inline(describeTarget(targetValue(target)))}` : undefined;
    }

    private describeKeyword(leaf: CstNode): string | undefined {
        if (!GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        const doc = KEYWORD_DOCS[leaf.grammarSource.value];
        return doc ? `**${leaf.grammarSource.value}**: ${doc}` : undefined;
    }
}
