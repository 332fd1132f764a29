/** Test helpers: build in-memory WPCM files as one workspace and read their diagnostics. */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { BuiltFile } from '../../language/src/build.js';
import { buildFiles } from '../../language/src/build.js';
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { createWpcmServices } from '../../language/src/wpcm-module.js';
import { severityName } from '../../language/src/severity.js';

export const EXAMPLES = new URL('../../examples/', import.meta.url);

export function readExample(name: string): string {
    return readFileSync(new URL(name, EXAMPLES), 'utf8');
}

export function newServices(config?: WpcmConfig): WpcmServices {
    const { Wpcm } = createWpcmServices(EmptyFileSystem);
    Wpcm.wpcm.Settings.apply(config);
    return Wpcm;
}

/** Builds the given files (name -> text) together; returns them by name. */
export async function buildWorkspace(files: Record<string, string>, config?: WpcmConfig): Promise<Record<string, BuiltFile>> {
    const services = newServices(config);
    const built = await buildFiles(services, Object.entries(files).map(([name, text]) => ({ uri: `file:///ws/${name}`, text })));
    return Object.fromEntries(built.map(file => [file.uri.slice('file:///ws/'.length), file]));
}

export async function diagnose(text: string, config?: WpcmConfig): Promise<Diagnostic[]> {
    const files = await buildWorkspace({ 'test.wpcm': text }, config);
    return [...files['test.wpcm']!.diagnostics];
}

export interface Brief {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** 1-based line. */
    line: number;
    /** The text the diagnostic covers. */
    text: string;
}

/** Diagnostics as (code, severity, line, covered text), sorted: easy to compare exactly. */
export function brief(text: string, diagnostics: readonly Diagnostic[]): Brief[] {
    const lines = text.split(/\r?\n/);
    return diagnostics.map(d => {
        const { start, end } = d.range;
        const covered = start.line === end.line
            ? (lines[start.line] ?? '').slice(start.character, end.character)
            : [(lines[start.line] ?? '').slice(start.character), ...lines.slice(start.line + 1, end.line), (lines[end.line] ?? '').slice(0, end.character)].join('\n');
        return { code: String(d.code), severity: severityName(d.severity), line: start.line + 1, text: covered };
    }).sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}

export async function briefOf(text: string, config?: WpcmConfig): Promise<Brief[]> {
    return brief(text, await diagnose(text, config));
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code)).sort();
}
