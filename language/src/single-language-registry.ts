/**
 * WPCM is the only language these services serve, so every document is a
 * WPCM document, whatever its URI: an editor's `untitled:Untitled-1`, a
 * `notes.txt` the CLI was explicitly given. Langium's default registry picks
 * the language by file extension (or by the open document's languageId) and
 * throws for anything else, which took the server down once an unsaved
 * untitled document was closed (its languageId gone, its extension '').
 * Which files take part is still decided by `hasServices` (see below).
 */
import type { LangiumCoreServices, URI } from 'langium';
import { DefaultServiceRegistry } from 'langium';

export class SingleLanguageServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const [only] = this.all;
        if (this.all.length === 1 && only) return only;
        return super.getServices(uri);
    }

    /**
     * Langium's own answer (by extension, or by an open document's
     * languageId), not the fallback above: it decides which files on disk the
     * workspace scans, and a generated dashboard.json must never be read as a
     * model. (Langium's hasServices calls getServices, so ask the parent's.)
     */
    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }
}
