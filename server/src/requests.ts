/**
 * Registers the extension's requests on the connection. Each waits until the
 * workspace is built and validated, then reads it under Langium's workspace
 * lock, like the built-in LSP handlers.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { CoachingFromCsvParams, CoachingFromCsvResult, CoachingReportParams, CoachingReportResult, GenerateParams, GenerateResult, PreviewParams, PreviewResult, WpcmServices } from '@wpcm/language';
import { CoachingFromCsvRequest, CoachingReportRequest, GenerateRequest, PreviewRequest } from '@wpcm/language';
import { coachingFromCsv } from './coaching-csv-handler.js';
import type { ActualsReports } from './coaching-handler.js';
import { actualsForPreview, coachingReportPage } from './coaching-handler.js';
import { generate } from './generate-handler.js';
import { preview } from './preview-handler.js';

/** Runs `read` once the workspace is built and validated, under the workspace lock. */
export function whenBuiltIn(shared: LangiumSharedServices) {
    return async <T>(token: CancellationToken, read: () => T): Promise<Awaited<T>> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return shared.workspace.WorkspaceLock.read(read) as Promise<Awaited<T>>;
    };
}

/** `actuals` reads actuals files from disk (Node); without it there is no coaching report request. */
export function registerRequests(connection: Connection, shared: LangiumSharedServices, services: WpcmServices, actuals?: ActualsReports): void {
    const whenBuilt = whenBuiltIn(shared);
    connection.onRequest(GenerateRequest, (params: GenerateParams, token): Promise<GenerateResult> =>
        whenBuilt(token, () => generate(services, params)));
    connection.onRequest(PreviewRequest, (params: PreviewParams, token): Promise<PreviewResult> =>
        whenBuilt(token, async () => {
            const result = preview(services, params);
            if (result.kind !== 'dashboard' || !params.actuals) return result;
            return { ...result, actuals: await actualsForPreview(services, actuals, params.uri, { path: params.actuals, source: params.actualsSource }, result.dashboard.persona.id) };
        }));
    if (actuals) {
        connection.onRequest(CoachingReportRequest, (params: CoachingReportParams, token): Promise<CoachingReportResult> =>
            whenBuilt(token, () => coachingReportPage(services, actuals, params)));
    }
    connection.onRequest(CoachingFromCsvRequest, (params: CoachingFromCsvParams, token): Promise<CoachingFromCsvResult> =>
        whenBuilt(token, () => coachingFromCsv(services, params)));
}
