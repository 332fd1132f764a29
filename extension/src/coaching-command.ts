/**
 * "WPCM: Open Coaching Report": the coaching report of the active model for
 * the actuals file in the `wpcm.coaching.actuals` setting (relative to the
 * workspace folder), rendered by the server exactly as `wpcm coach` writes
 * it, in a webview without scripts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CoachingReportParams, CoachingReportResult } from '@wpcm/language/client';
import { CoachingReportRequest } from '@wpcm/language/client';

export async function openCoachingReport(client: LanguageClient): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'wpcm') {
        void vscode.window.showWarningMessage('WPCM: open a .wpcm file to see its coaching report.');
        return;
    }
    const model = editor.document.uri;
    const setting = vscode.workspace.getConfiguration('wpcm.coaching', model).get<string>('actuals', '');
    if (!setting) {
        const choice = await vscode.window.showWarningMessage('WPCM: set wpcm.coaching.actuals to a KPI actuals CSV first.', 'Open Settings');
        if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'wpcm.coaching.actuals');
        return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(model)?.uri;
    const actuals = folder && !setting.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(setting) ? vscode.Uri.joinPath(folder, setting).fsPath : setting;
    const params: CoachingReportParams = { uri: model.toString(), actuals };
    const result = await client.sendRequest<CoachingReportResult>(CoachingReportRequest, params);
    if (result.kind === 'error') {
        void vscode.window.showErrorMessage(`WPCM: no coaching report: ${result.message}`);
        return;
    }
    const panel = vscode.window.createWebviewPanel('wpcm.coachingReport', 'Coaching Report', vscode.ViewColumn.Beside, { enableScripts: false });
    panel.webview.html = result.html;
}
