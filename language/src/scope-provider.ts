/**
 * Resolves names in the global scope of the referring file's model (see
 * WorkspaceFacts): one cached scope per reference type and model.
 */
import type { ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope } from 'langium';
import type { WpcmServices } from './wpcm-module.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export class WpcmScopeProvider extends DefaultScopeProvider {
    private readonly facts: WorkspaceFacts;

    constructor(services: WpcmServices) {
        super(services);
        this.facts = services.wpcm.WorkspaceFacts;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const model = this.facts.modelOf(AstUtils.getDocument(context.container).uri);
        return this.globalScopeCache.get(`${referenceType}\u0000${model}`, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).filter(d => this.facts.isVisible(model, d))
        ));
    }
}
