/** Rule severities by name, and their LSP numbers both ways. */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Severity } from './rules/rule.js';

const VALUES: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint
};

const NAMES = new Map<number, Severity>(Object.entries(VALUES).map(([name, value]) => [value, name as Severity]));

export function severityValue(name: Severity): DiagnosticSeverity {
    return VALUES[name];
}

/** The name of an LSP severity; a diagnostic without one is an error, as LSP clients treat it. */
export function severityName(value: number | undefined): Severity {
    return NAMES.get(value ?? DiagnosticSeverity.Error) ?? 'error';
}
