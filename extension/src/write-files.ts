/**
 * Writes generated files into a folder through VS Code's file system API (so
 * remote, virtual and browser workspaces work too), with the same promise as
 * the CLI: the write plan's checks first (language/src/generators/
 * write-plan.ts), then every file to a temporary sibling, and only when all
 * are written are they renamed into place. A failure removes the
 * temporaries and leaves the folder as it was.
 */
import type { Uri } from 'vscode';
import * as vscode from 'vscode';
import type { GeneratedFile } from '@wpcm/language/client';
import { planWrite } from '@wpcm/language/client';

function temporaryOf(target: Uri): Uri {
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    return vscode.Uri.joinPath(target, '..', `.${name}.${suffix}.tmp`);
}

export async function writeFiles(folder: Uri, files: readonly GeneratedFile[]): Promise<Uri[]> {
    const plan = planWrite(files);
    const encoder = new TextEncoder();
    for (const sub of plan.folders) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, sub));
    await vscode.workspace.fs.createDirectory(folder);
    const written: Array<{ temporary: Uri; target: Uri }> = [];
    try {
        for (const file of plan.files) {
            const target = vscode.Uri.joinPath(folder, file.path);
            const temporary = temporaryOf(target);
            await vscode.workspace.fs.writeFile(temporary, encoder.encode(file.content));
            written.push({ temporary, target });
        }
        for (const { temporary, target } of written) await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        for (const { temporary } of written) await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw error;
    }
    return written.map(w => w.target);
}
