/**
 * Keeps the server's settings in step with the project and the editor:
 * wpcm.config.json first, then the editor's `wpcm.rules` on top. The first
 * validation waits until both are loaded (so the first squiggles already
 * have the right severities), and any later change to either re-validates
 * every open model.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { WpcmConfig, WpcmServices } from '@wpcm/language';
import { clientRules } from './client-settings.js';
import { warnUser } from './notify.js';
import { isProjectConfig, readProjectConfig } from './project-config.js';

/** How long the first build waits for the editor's configuration before using what it has. */
const FIRST_LOAD_TIMEOUT_MS = 3_000;

export function syncSettings(connection: Connection, shared: LangiumSharedServices, services: WpcmServices): void {
    let root: URI | undefined;
    let fileLayer: WpcmConfig | undefined;
    let clientLayer: WpcmConfig | undefined;
    let reported = '';
    const files = shared.workspace.FileSystemProvider;

    const apply = () => services.wpcm.Settings.apply(fileLayer, clientLayer);
    const setClient = (rules: unknown) => {
        const { config, problems } = clientRules(rules);
        clientLayer = config;
        const message = problems.join('; ');
        if (message && message !== reported) warnUser(connection, `WPCM: ${message}; ignored.`);
        reported = message;
    };
    const revalidate = async () => {
        apply();
        const builder = shared.workspace.DocumentBuilder;
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const document of shared.workspace.LangiumDocuments.all) builder.resetToState(document, DocumentState.IndexedReferences);
            await builder.update([], [], token);
        });
    };

    const loaded = new Promise<void>(resolve => {
        shared.lsp.LanguageServer.onInitialize(params => {
            const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
            root = folder ? URI.parse(folder) : undefined;
        });
        shared.lsp.LanguageServer.onInitialized(async () => {
            let timer: ReturnType<typeof setTimeout> | undefined;
            const timeout = new Promise<undefined>(resolve => { timer = setTimeout(resolve, FIRST_LOAD_TIMEOUT_MS, undefined); });
            const [file, rules] = await Promise.all([
                readProjectConfig(root, files, connection),
                Promise.race([shared.workspace.ConfigurationProvider.getConfiguration('wpcm', 'rules'), timeout])
            ]);
            clearTimeout(timer);
            fileLayer = file;
            setClient(rules);
            apply();
            resolve();
        });
    });

    const firstBuild = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, async () => {
        firstBuild.dispose();
        await loaded;
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'wpcm') return;
        setClient((update.configuration as { rules?: unknown } | undefined)?.rules);
        await revalidate();
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(async params => {
        if (!params.changes.some(change => isProjectConfig(change.uri))) return;
        fileLayer = await readProjectConfig(root, files, connection);
        await revalidate();
    });
}
