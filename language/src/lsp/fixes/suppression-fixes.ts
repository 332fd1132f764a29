/**
 * "Disable <code> for this line / this file", like ESLint: writes the
 * suppression comments the validator understands.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { UNSUPPRESSIBLE_CODES } from '../../rules/index.js';
import type { FixContext } from './context.js';
import { quickFix } from './context.js';
import { indentOf } from './text-edits.js';

export function suppress(context: FixContext, code: string): CodeAction[] {
    if (UNSUPPRESSIBLE_CODES.has(code)) return [];
    const line = context.diagnostic.range.start.line;
    const indent = indentOf(context.document, line);
    const lineStart = { line, character: 0 };
    const fileStart = { line: 0, character: 0 };
    return [
        ...quickFix(context, `Disable ${code} for this line`,
            [{ range: { start: lineStart, end: lineStart }, newText: `${indent}// wpcm-disable-next-line ${code}\n` }]),
        ...quickFix(context, `Disable ${code} for this file`,
            [{ range: { start: fileStart, end: fileStart }, newText: `// wpcm-disable ${code}\n` }])
    ];
}
