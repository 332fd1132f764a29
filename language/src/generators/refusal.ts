/**
 * Generators refuse a model with errors: output built from a model that does
 * not parse or link would silently drop motions, KPIs or coaches. Warnings
 * (a KPI without a target, a motion without KPIs) do not block; the output
 * shows those gaps instead.
 */
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';

export class ModelHasErrors extends Error {
    override readonly name = 'ModelHasErrors';

    constructor(readonly errorCount: number) {
        super(`the model has ${errorCount} error${errorCount === 1 ? '' : 's'}; fix ${errorCount === 1 ? 'it' : 'them'} before generating`);
    }
}

/** Number of error diagnostics in the documents (as reported, after severity overrides). */
export function countErrors(documents: readonly LangiumDocument[]): number {
    let count = 0;
    for (const document of documents) {
        // Not validated: at least the syntax errors must block.
        if (!document.diagnostics) count += document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        for (const diagnostic of document.diagnostics ?? []) {
            if ((diagnostic.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error) count++;
        }
    }
    return count;
}

export function assertNoErrors(documents: readonly LangiumDocument[]): void {
    const count = countErrors(documents);
    if (count > 0) throw new ModelHasErrors(count);
}
