/**
 * The `wpcm.coaching.actuals` setting of a model file as an absolute path
 * (relative settings are read from the workspace folder), and the
 * `wpcm.coaching.source` mapping to read it through, for the coaching
 * report command and the dashboard preview alike.
 */
import * as vscode from 'vscode';

export const ACTUALS_SETTING = 'wpcm.coaching.actuals';
/** Both settings live here: a change to either re-reads the actuals. */
export const COACHING_SECTION = 'wpcm.coaching';

/** The actuals file configured for `model`, or undefined when none is set. */
export function actualsPathFor(model: vscode.Uri): string | undefined {
    const setting = vscode.workspace.getConfiguration(COACHING_SECTION, model).get<string>('actuals', '').trim();
    if (!setting) return undefined;
    const absolute = setting.startsWith('/') || /^[A-Za-z]:[\\/]/.test(setting);
    const folder = vscode.workspace.getWorkspaceFolder(model)?.uri;
    return folder && !absolute ? vscode.Uri.joinPath(folder, setting).fsPath : setting;
}

/** The `coaching.sources` mapping (in wpcm.config.json) named for `model`'s actuals, or undefined for the canonical layout. */
export function actualsSourceFor(model: vscode.Uri): string | undefined {
    return vscode.workspace.getConfiguration(COACHING_SECTION, model).get<string>('source', '').trim() || undefined;
}
