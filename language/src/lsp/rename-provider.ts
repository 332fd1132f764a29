/**
 * Rename across files: Langium finds the declaration and every reference
 * through the index; WPCM first checks the new name and answers with a clear
 * error instead of producing a model that no longer links.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import type { WpcmServices } from '../wpcm-module.js';
import type { WorkspaceFacts } from '../workspace-facts.js';
import { checkNewName, grammarKeywords } from './name-rules.js';

export class WpcmRenameProvider extends DefaultRenameProvider {
    private readonly facts: WorkspaceFacts;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: WpcmServices) {
        super(services as LangiumServices);
        this.facts = services.wpcm.WorkspaceFacts;
        this.keywords = grammarKeywords(services.Grammar);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (target) {
            const oldName = this.nameProvider.getName(target) ?? '';
            const problem = checkNewName(
                { type: target.$type, oldName, newName: params.newName, uri: AstUtils.getDocument(target).uri },
                this.keywords, this.facts);
            if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        }
        return super.rename(document, params);
    }

    /** The declared element a rename at this position would rename. */
    private targetAt(document: LangiumDocument, position: RenameParams['position']): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}
