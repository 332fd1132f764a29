/**
 * Where generated files go: the `wpcm.generate.*Folder` setting, resolved
 * against the folder of the model file (so by default next to the model,
 * like the CLI's `generated/...` defaults). `${workspaceFolder}` and
 * absolute paths are honoured.
 */
import type { Uri } from 'vscode';
import * as vscode from 'vscode';
import type { GenerateTarget } from '@wpcm/language/client';
import { GENERATE_TARGETS } from '@wpcm/language/client';

const SETTING: Record<GenerateTarget, string> = { dashboard: 'dashboardFolder', modules: 'modulesFolder' };

export function outputFolder(model: Uri, target: GenerateTarget): Uri {
    const configured = vscode.workspace.getConfiguration('wpcm.generate', model).get<string>(SETTING[target])?.trim() || GENERATE_TARGETS[target].defaultOut;
    const root = vscode.workspace.getWorkspaceFolder(model)?.uri;
    if (root && configured.startsWith('${workspaceFolder}')) {
        return vscode.Uri.joinPath(root, configured.slice('${workspaceFolder}'.length));
    }
    const path = configured.replaceAll('\\', '/');
    if (path.startsWith('/') || /^[a-zA-Z]:\//.test(path)) {
        return model.scheme === 'file' ? vscode.Uri.file(path) : model.with({ path });
    }
    return vscode.Uri.joinPath(model, '..', path);
}
