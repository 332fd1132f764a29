/**
 * The documents that make up the model of a given file: those with the same
 * `model "..."` header plus the shared files without one (all of them when
 * the file itself has no header), as scoping sees them.
 */
import type { LangiumDocument, URI } from 'langium';
import type { Document } from '@wpcm/language';
import type { WpcmServices } from '@wpcm/language';
import { SHARED_MODEL } from '@wpcm/language';

export function documentsOfModel(services: WpcmServices, uri: URI): LangiumDocument<Document>[] {
    const facts = services.wpcm.WorkspaceFacts;
    const model = facts.modelOf(uri);
    return services.shared.workspace.LangiumDocuments.all
        .filter(document => {
            const other = facts.modelOf(document.uri);
            return model === SHARED_MODEL || other === SHARED_MODEL || other === model;
        })
        .toArray() as LangiumDocument<Document>[];
}
