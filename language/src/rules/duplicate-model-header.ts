/** A file belongs to one model. */
import { isModelHeader } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { deleteNode } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

export const duplicateModelHeader = defineRule({
    code: 'duplicate-model-header',
    severity: 'error',
    summary: 'A file has more than one `model` header.',
    docs: {
        why: 'The `model "..."` header decides which other files see this file\'s names. A second header is ambiguous: the file cannot belong to two models.',
        bad: 'model "Direct Sales Enablement"\nmodel "Partner Sales"',
        good: 'model "Direct Sales Enablement"',
        fix: 'Keep one header; move the elements of the other model to a file of their own. The quick fix removes the extra header.'
    },
    checks: {
        Document(document, context) {
            for (const header of document.elements.filter(isModelHeader).slice(1)) {
                context.report('This file already has a model header; a file describes one model, so remove this one.', { node: header });
            }
        }
    },
    fixes: [
        function removeModelHeader(context) {
            const header = containerOf(context, isModelHeader);
            return header?.$cstNode ? quickFix(context, 'Remove this model header', [deleteNode(context.document, header.$cstNode)], true) : [];
        }
    ]
});
