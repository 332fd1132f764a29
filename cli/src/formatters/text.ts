/** `file:line:col severity code message`: clickable in terminals, matchable by a problem matcher. */
import { plural } from '@wpcm/language';
import type { Finding } from '../findings.js';

/** One finding per line, whatever a message holds (a problem matcher reads line by line). */
function oneLine(message: string): string {
    return message.replace(/\s*\r?\n\s*/g, ' ');
}

export function formatText(findings: readonly Finding[], fileCount: number): string {
    const lines = findings.map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}`);
    const count = (severity: Finding['severity']) => findings.filter(f => f.severity === severity).length;
    const files = plural(fileCount, 'file');
    if (findings.length === 0) {
        lines.push(`No problems in ${files}.`);
    } else {
        const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info')];
        if (count('hint') > 0) parts.push(plural(count('hint'), 'hint'));
        lines.push(`${plural(findings.length, 'problem')} (${parts.join(', ')}) in ${files}.`);
    }
    return lines.join('\n') + '\n';
}
