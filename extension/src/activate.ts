/**
 * The WPCM extension, on the desktop and in the browser alike: starts the
 * language server and contributes the generate and preview commands.
 * Everything language-aware happens in the server; this side only talks to
 * VS Code. extension-node.ts and extension-web.ts say how to start the
 * server on each platform.
 */
import type { ExtensionContext } from 'vscode';
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { runGenerate } from './generate-command.js';
import { DashboardPreview, PREVIEW_VIEW_TYPE } from './preview/preview-panel.js';

/** Both platforms: every .wpcm document, whatever its scheme; the `wpcm` settings pushed to the server. */
export const CLIENT_OPTIONS: LanguageClientOptions = {
    documentSelector: [{ language: 'wpcm' }],
    synchronize: { configurationSection: 'wpcm' }
};

let client: BaseLanguageClient | undefined;

export async function activateWith(context: ExtensionContext, languageClient: BaseLanguageClient): Promise<void> {
    const log = vscode.window.createOutputChannel('WPCM');
    client = languageClient;
    const preview = new DashboardPreview(context, client);
    const generateCommand = (target: 'dashboard' | 'modules') => async (argument?: unknown) => {
        try {
            return await runGenerate(client!, log, target, argument);
        } catch (error) {
            void vscode.window.showErrorMessage(`WPCM: generating failed: ${(error as Error).message}`);
            return [];
        }
    };
    context.subscriptions.push(
        log,
        preview,
        vscode.commands.registerCommand('wpcm.generateDashboard', generateCommand('dashboard')),
        vscode.commands.registerCommand('wpcm.generateModuleOutlines', generateCommand('modules')),
        vscode.commands.registerCommand('wpcm.openDashboardPreview', () => preview.open()),
        // Reopens the preview after a window reload, as the Markdown preview does.
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async panel => preview.restore(panel)
        })
    );
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
