/**
 * Names in WPCM are global: a competency in one file supports a motion in
 * another. So every named element (motions and KPIs inside personas too) is
 * exported to the workspace index, and no local scopes are needed. The
 * exports also feed WorkspaceFacts' name index.
 */
import type { AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import type { Document } from './generated/ast.js';
import { namedElements } from './model/elements.js';
import type { WpcmServices } from './wpcm-module.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export class WpcmScopeComputation extends DefaultScopeComputation {
    private readonly facts: WorkspaceFacts;

    constructor(services: WpcmServices) {
        super(services);
        this.facts = services.wpcm.WorkspaceFacts;
    }

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const element of namedElements(document.parseResult.value as Document)) {
            this.addExportedSymbol(element, exports, document);
        }
        this.facts.update(document, exports);
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
