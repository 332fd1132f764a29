/**
 * Names in WPCM are global: a competency in one file supports a motion in
 * another. So every named element (motions and KPIs inside personas too) is
 * exported to the workspace index, and no local scopes are needed.
 */
import type { AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import type { Document } from './generated/ast.js';
import { namedElements } from './model/elements.js';

export class WpcmScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const element of namedElements(document.parseResult.value as Document)) {
            this.addExportedSymbol(element, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
