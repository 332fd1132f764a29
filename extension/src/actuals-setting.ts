/**
 * The `wpcm.coaching.actuals` setting of a model file as an absolute path
 * (relative settings are read from the workspace folder), for the coaching
 * report command and the dashboard preview alike.
 */
import * as vscode from 'vscode';

export const ACTUALS_SETTING = 'wpcm.coaching.actuals';

/** The actuals file configured for `model`, or undefined when none is set. */
export function actualsPathFor(model: vscode.Uri): string | undefined {
    const setting = vscode.workspace.getConfiguration('wpcm.coaching', model).get<string>('actuals', '').trim();
    if (!setting) return undefined;
    const absolute = setting.startsWith('/') || /^[A-Za-z]:[\\/]/.test(setting);
    const folder = vscode.workspace.getWorkspaceFolder(model)?.uri;
    return folder && !absolute ? vscode.Uri.joinPath(folder, setting).fsPath : setting;
}
