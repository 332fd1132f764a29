/**
 * Registers the extension's requests on the connection. Each waits until the
 * workspace is built and validated, then reads it under Langium's workspace
 * lock, like the built-in LSP handlers.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { GenerateParams, GenerateResult, PreviewParams, PreviewResult, WpcmServices } from '@wpcm/language';
import { GenerateRequest, PreviewRequest } from '@wpcm/language';
import { generate } from './generate-handler.js';
import { preview } from './preview-handler.js';

export function registerRequests(connection: Connection, shared: LangiumSharedServices, services: WpcmServices): void {
    const whenBuilt = async <T>(token: CancellationToken, read: () => T): Promise<T> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return shared.workspace.WorkspaceLock.read(read);
    };
    connection.onRequest(GenerateRequest, (params: GenerateParams, token): Promise<GenerateResult> =>
        whenBuilt(token, () => generate(services, params)));
    connection.onRequest(PreviewRequest, (params: PreviewParams, token): Promise<PreviewResult> =>
        whenBuilt(token, () => preview(services, params)));
}
