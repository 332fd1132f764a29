/**
 * "WPCM: Generate Dashboard" and "WPCM: Generate Module Outlines": ask the
 * server to run the generators on the model of the active file (unsaved
 * edits included), write the files, and say what was written. A model with
 * errors is refused with a way to the Problems view, as the CLI refuses it.
 */
import type { OutputChannel, Uri } from 'vscode';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { GenerateParams, GenerateResult, GenerateTarget } from '@wpcm/language/client';
import { GENERATE_TARGETS, GenerateRequest } from '@wpcm/language/client';
import { outputFolder } from './output-folder.js';
import { writeFiles } from './write-files.js';

/** The model file to generate from: the command's argument (explorer menu) or the active editor. */
function modelFile(argument: unknown): Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'wpcm' ? editor.document.uri : undefined;
}

function describe(folder: Uri, model: Uri): string {
    return vscode.workspace.asRelativePath(folder, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1) || folder.fsPath || model.path;
}

export async function runGenerate(client: LanguageClient, log: OutputChannel, target: GenerateTarget, argument?: unknown): Promise<Uri[]> {
    const model = modelFile(argument);
    if (!model) {
        void vscode.window.showWarningMessage('WPCM: open a .wpcm file to generate from.');
        return [];
    }
    const format = vscode.workspace.getConfiguration('wpcm.generate', model).get<'wpcm' | 'grafana'>('dashboardFormat', 'wpcm');
    const params: GenerateParams = { uri: model.toString(), target, format };
    const result = await client.sendRequest<GenerateResult>(GenerateRequest, params);
    if (result.kind === 'refused') {
        const choice = await vscode.window.showErrorMessage(`WPCM: ${result.message}. Nothing was written.`, 'Show Problems');
        if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
        return [];
    }
    if (result.files.length === 0) {
        void vscode.window.showInformationMessage(`WPCM: nothing to generate; the model has no ${GENERATE_TARGETS[target].needs}.`);
        return [];
    }
    const folder = outputFolder(model, target);
    const written = await writeFiles(folder, result.files);
    written.forEach(uri => log.appendLine(`wrote ${uri.fsPath || uri.toString()}`));
    const where = describe(folder, model);
    // Not awaited: the command is done when the files are; the buttons are a convenience.
    void vscode.window.showInformationMessage(
        `WPCM: wrote ${written.length} ${GENERATE_TARGETS[target].noun} file${written.length === 1 ? '' : 's'} to ${where}.`, 'Open', 'Reveal in Explorer'
    ).then(async choice => {
        if (choice === 'Open') await vscode.window.showTextDocument(written[0]!);
        if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealInExplorer', written[0]);
    });
    return written;
}
