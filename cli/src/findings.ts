/** Diagnostics as reported by the CLI: 1-based positions, a file path relative to the current folder. */
import { relative, sep } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '@wpcm/language';
import { severityName } from '@wpcm/language';

export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function displayPath(path: string, cwd = process.cwd()): string {
    const shown = relative(cwd, path);
    return (shown === '' || shown.startsWith('..') ? path : shown).split(sep).join('/');
}

export function toFinding(file: string, diagnostic: Diagnostic): Finding {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: severityName(diagnostic.severity),
        code: String(diagnostic.code ?? 'syntax-error'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

/** Stable order: file, then position, then code. */
export function compareFindings(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
