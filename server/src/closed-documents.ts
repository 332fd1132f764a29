/**
 * What happens to a document the editor closes. A .wpcm file saved on disk
 * goes back to its disk content (unsaved edits are gone with the editor);
 * one that exists only in the editor (`untitled:`, a deleted file, another
 * scheme, a non-.wpcm file opened as WPCM) is
 * dropped from the workspace and its diagnostics are cleared, so its names
 * no longer count against other files (`duplicate-name`) and nothing stale
 * stays in the Problems view. Langium itself keeps closed documents.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

export function dropClosedDocuments(shared: LangiumSharedServices): void {
    const workspace = shared.workspace;
    workspace.TextDocuments!.onDidClose(async event => {
        const uri = URI.parse(event.document.uri);
        // Only .wpcm files belong to the workspace on disk (as Langium's workspace scan finds them).
        const onDisk = uri.scheme === 'file' && uri.path.endsWith('.wpcm') && await workspace.FileSystemProvider.exists(uri).catch(() => false);
        await workspace.WorkspaceManager.ready;
        await workspace.WorkspaceLock.write(token => workspace.DocumentBuilder.update(onDisk ? [uri] : [], onDisk ? [] : [uri], token));
    });
}
