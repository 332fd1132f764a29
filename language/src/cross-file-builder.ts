/**
 * Langium re-validates a document after an edit elsewhere only when it has a
 * reference into the edited file (or an unresolved one). `duplicate-name`
 * and `motion-no-competency` read other files' facts without any reference:
 * a second `system CRM` in B makes A's CRM a duplicate, a `supports Close`
 * in B makes A's Close supported. WorkspaceFacts notes which files read a
 * fact that changed during a build; this builder validates them again right
 * after, within the same update (so under the same workspace lock, and a
 * newer edit cancels both).
 */
import type { Cancellation as C, LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, URI as Uri } from 'langium';
import type { WorkspaceFacts } from './workspace-facts.js';

interface WithFacts { wpcm?: { WorkspaceFacts?: WorkspaceFacts } }

export class CrossFileDocumentBuilder extends DefaultDocumentBuilder {

    override async update(changed: URI[], deleted: URI[], cancelToken?: C.CancellationToken): Promise<void> {
        await super.update(changed, deleted, cancelToken);
        const stale = this.staleDependents();
        if (stale.length === 0) return;
        for (const document of stale) this.resetToState(document, DocumentState.IndexedReferences);
        await this.buildDocuments(stale, this.updateBuildOptions, cancelToken ?? Cancellation.CancellationToken.None);
    }

    private staleDependents(): LangiumDocument[] {
        const keys = this.serviceRegistry.all.flatMap(language => (language as WithFacts).wpcm?.WorkspaceFacts?.takeDependents() ?? []);
        return [...new Set(keys)]
            .map(key => this.langiumDocuments.getDocument(Uri.parse(key)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state >= DocumentState.IndexedReferences);
    }
}
