import type { Finding } from '../findings.js';

/** An array of {file, line, column, endLine, endColumn, severity, code, message}, 1-based. */
export function formatJson(findings: readonly Finding[]): string {
    return JSON.stringify(findings, null, 2) + '\n';
}
