/**
 * Langium re-validates a document after an edit elsewhere only when it has a
 * reference into the edited file (or an unresolved one). `duplicate-name`
 * and `motion-no-competency` read other files' facts without any reference:
 * a second `system CRM` in B makes A's CRM a duplicate, a `supports Close`
 * in B makes A's Close supported. WorkspaceFacts notes which files read a
 * fact that changed during a build; this builder validates them again right
 * after, within the same update (so under the same workspace lock, and a
 * newer edit cancels both).
 *
 * It also closes a race in Langium's request handling: an editor sends
 * requests (symbols, folding, formatting) right after `didOpen`, before the
 * queued build has added the document, and Langium answers "No document
 * found" (ServerCancelled). A document the editor has open is waited for
 * instead; one that is neither built nor open still gets that answer.
 */
import type { Cancellation as C, LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, OperationCancelled, URI as Uri, UriUtils } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
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

    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: C.CancellationToken): Promise<URI> {
        if (this.langiumDocuments.hasDocument(uri) || !this.textDocuments?.get(uri)) return super.awaitDocumentState(state, uri, cancelToken);
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise<URI>((resolve, reject) => {
            const settle = (outcome: () => void) => { subscriptions.forEach(s => s.dispose()); outcome(); };
            const subscriptions = [
                this.onDocumentPhase(state, document => {
                    if (UriUtils.equals(document.uri, uri)) settle(() => resolve(uri));
                }),
                // Closed before it was ever built: answer as Langium does for an unknown document.
                this.onUpdate((_changed, deleted) => {
                    if (deleted.some(d => UriUtils.equals(d, uri))) settle(() => reject(new ResponseError(LSPErrorCodes.ServerCancelled, `No document found for URI: ${uri.toString()}`)));
                }),
                cancelToken.onCancellationRequested(() => settle(() => reject(OperationCancelled)))
            ];
        });
    }

    private staleDependents(): LangiumDocument[] {
        const keys = this.serviceRegistry.all.flatMap(language => (language as WithFacts).wpcm?.WorkspaceFacts?.takeDependents() ?? []);
        return [...new Set(keys)]
            .map(key => this.langiumDocuments.getDocument(Uri.parse(key)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state >= DocumentState.IndexedReferences);
    }
}
