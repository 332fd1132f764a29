/**
 * The global scope of a reference: the names visible from the referring
 * file's model, looked up in WorkspaceFacts' incremental name index instead
 * of a scope rebuilt from the whole index after every change.
 */
import type { AstNodeDescription, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, stream } from 'langium';
import type { WpcmServices } from './wpcm-module.js';
import type { WorkspaceFacts } from './workspace-facts.js';

class ModelScope implements Scope {
    constructor(
        private readonly facts: WorkspaceFacts,
        private readonly type: string,
        private readonly model: string,
        private readonly all: () => Stream<AstNodeDescription>
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.facts.declarations(this.type, name, this.model)[0];
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.facts.declarations(this.type, name, this.model));
    }

    /** Every visible candidate (completion); not on the linking path. */
    getAllElements(): Stream<AstNodeDescription> {
        return this.all().filter(d => this.facts.isVisible(this.model, d));
    }
}

export class WpcmScopeProvider extends DefaultScopeProvider {
    private readonly facts: WorkspaceFacts;

    constructor(services: WpcmServices) {
        super(services);
        this.facts = services.wpcm.WorkspaceFacts;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const model = this.facts.modelOf(AstUtils.getDocument(context.container).uri);
        return new ModelScope(this.facts, referenceType, model, () => this.indexManager.allElements(referenceType));
    }
}
