/**
 * "WPCM: Open Coaching Report": the coaching report of the active model for
 * the actuals file in the `wpcm.coaching.actuals` setting, rendered by the
 * server exactly as `wpcm coach` writes it, in a webview without scripts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { CoachingReportParams, CoachingReportResult } from '@wpcm/language/client';
import { CoachingReportRequest } from '@wpcm/language/client';
import { ACTUALS_SETTING, actualsPathFor, actualsSourceFor } from './actuals-setting.js';

export async function openCoachingReport(client: LanguageClient): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'wpcm') {
        void vscode.window.showWarningMessage('WPCM: open a .wpcm file to see its coaching report.');
        return;
    }
    const model = editor.document.uri;
    const actuals = actualsPathFor(model);
    if (!actuals) {
        const choice = await vscode.window.showWarningMessage(`WPCM: set ${ACTUALS_SETTING} to a KPI actuals CSV first.`, 'Open Settings');
        if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', ACTUALS_SETTING);
        return;
    }
    const params: CoachingReportParams = { uri: model.toString(), actuals };
    const source = actualsSourceFor(model);
    if (source) params.actualsSource = source;
    const result = await client.sendRequest<CoachingReportResult>(CoachingReportRequest, params);
    if (result.kind === 'error') {
        void vscode.window.showErrorMessage(`WPCM: no coaching report: ${result.message}`);
        return;
    }
    const panel = vscode.window.createWebviewPanel('wpcm.coachingReport', 'Coaching Report', vscode.ViewColumn.Beside, { enableScripts: false });
    panel.webview.html = result.html;
}
