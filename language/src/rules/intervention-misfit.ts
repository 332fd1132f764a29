/** intervention-misfit: an intervention that fits none of the causes it addresses. */
import { GrammarUtils } from 'langium';
import type { Cause } from '../generated/ast.js';
import { quickFix } from '../lsp/fixes/context.js';
import { gapOf, interventionAt, kindFor } from './gap-fixes.js';
import { analyzeGap } from '../model/gaps.js';
import { kindEntry } from '../model/interventions.js';
import { listWords } from '../text/words.js';
import { defineRule } from './rule.js';

function causesInWords(causes: readonly Cause[]): string {
    const kinds = [...new Set(causes.map(c => (c.cell ? `${c.level}-level ${c.cell}` : `${c.level}-level`)))];
    return `the ${listWords(kinds)} cause${causes.length === 1 ? '' : 's'}`;
}

export const interventionMisfit = defineRule({
    code: 'intervention-misfit',
    severity: 'warning',
    summary: 'An intervention fits none of the causes it addresses.',
    docs: {
        why: 'The framework\'s lesson, "training, by itself, no matter how good, has literally no chance of improving the performance", '
            + 'holds cause by cause: an intervention only helps when its kind fits the cause\'s cell at a level it can change. '
            + 'Training for an incentives or information cause, or for an organization-level cause, is effort spent where it cannot work.',
        bad: 'cause performer "Sellers do not keep CRM data current." as motives\nintervention training "CRM data entry course" addresses performer',
        good: 'cause performer "Sellers do not keep CRM data current." as motives\nintervention job-design "Pipeline entries count toward the seller\'s forecast credit" addresses performer',
        fix: 'Choose a kind that fits the cause\'s cell (see the fit table), or state the cause it does fit. '
            + 'The quick fix changes the kind to the one the fit table proposes for the first cause it addresses.'
    },
    checks: {
        Gap: (gap, context) => {
            for (const { intervention, addresses, training, misfit } of analyzeGap(gap).interventions) {
                if (!misfit || intervention.kind === undefined) continue;
                const what = kindEntry(intervention.kind)?.why ?? 'it does not fit them';
                const systemic = training && addresses.some(c => c.level !== 'performer') ? '; training works on performers only' : '';
                context.report(`Intervention '${intervention.kind}' fits none of the causes it addresses, ${causesInWords(addresses)}: it ${what}${systemic}.`,
                    { node: intervention, property: 'kind' });
            }
        }
    },
    fixes: [context => {
        const intervention = interventionAt(context);
        const gap = gapOf(context);
        const cst = intervention?.$cstNode;
        if (!intervention || !gap || !cst) return [];
        const first = analyzeGap(gap).interventions.find(i => i.intervention === intervention)?.addresses[0];
        const kind = first && kindFor(first.level, first.cell);
        const kindNode = GrammarUtils.findNodeForProperty(cst, 'kind');
        if (!kind || !kindNode || kind === intervention.kind) return [];
        return quickFix(context, `Change the kind to ${kind}`, [{ range: kindNode.range, newText: kind }], true);
    }]
});
