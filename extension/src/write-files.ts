/**
 * Writes generated files into a folder through VS Code's file system API (so
 * remote and virtual workspaces work too): never outside the folder, whatever
 * names the model contains, and never half a file (each is written to a
 * temporary sibling, then renamed over the target).
 */
import type { Uri } from 'vscode';
import * as vscode from 'vscode';
import type { GeneratedFile } from '@wpcm/language';
import { isSafeRelativePath } from '@wpcm/language';

export async function writeFiles(folder: Uri, files: readonly GeneratedFile[]): Promise<Uri[]> {
    // Check every path before writing anything.
    const targets = files.map(file => {
        if (!isSafeRelativePath(file.path)) throw new Error(`refusing to write '${file.path}' outside ${folder.fsPath || folder.toString()}`);
        return { target: vscode.Uri.joinPath(folder, file.path), content: file.content };
    });
    const encoder = new TextEncoder();
    for (const { target, content } of targets) {
        const temporary = target.with({ path: `${target.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
        await vscode.workspace.fs.writeFile(temporary, encoder.encode(content));
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    }
    return targets.map(t => t.target);
}
