/**
 * Downloads, computed in the page from the server's generators (nothing
 * leaves the browser): dashboards as JSON, Grafana dashboards, and the
 * module outlines as one zip (fflate: small, fast, well kept).
 */
import type { LSPClient } from '@codemirror/lsp-client';
import { strToU8, zipSync } from 'fflate';
import type { GeneratedFile, GenerateParams, GenerateResult, GenerateTarget } from '@wpcm/language/client';
import { GENERATE_TARGETS, GenerateRequest } from '@wpcm/language/client';

export class GenerateRefused extends Error {}

export async function generate(client: LSPClient, uri: string, target: GenerateTarget, format?: 'wpcm' | 'grafana'): Promise<GeneratedFile[]> {
    client.sync();
    const params: GenerateParams = { uri, target, ...(format ? { format } : {}) };
    const result = await client.request<GenerateParams, GenerateResult>(GenerateRequest, params);
    if (result.kind === 'refused') throw new GenerateRefused(`${result.message}; nothing to download`);
    // A model with nothing of the kind (no HPT gaps for the gap reports) gives no files: say so, as
    // `wpcm generate` and VS Code do, instead of downloading an empty zip.
    if (result.files.length === 0) throw new GenerateRefused(`Nothing to download: the model has no ${GENERATE_TARGETS[target].needs}`);
    return result.files;
}

export function save(name: string, data: Uint8Array | string, type: string): void {
    const blob = new Blob([typeof data === 'string' ? data : data.slice()], { type });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** One file as is, several as a zip named `<name>.zip`. */
export function saveFiles(name: string, files: readonly GeneratedFile[]): void {
    if (files.length === 1) {
        const file = files[0]!;
        save(file.path.split('/').at(-1)!, file.content, file.path.endsWith('.json') ? 'application/json' : 'text/markdown');
        return;
    }
    const entries = Object.fromEntries(files.map(file => [file.path, strToU8(file.content)]));
    // A fixed date keeps the zip byte-identical for the same model.
    save(`${name}.zip`, zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') }), 'application/zip');
}
