/**
 * `kpi-target-ambiguous-unit`: a unit written against the number, as in
 * `1.5m` or `10d`. The number's own suffixes are k, K and M; anything else is
 * read as a unit word, so `1.5m` silently means 1.5 of a unit called "m",
 * not 1.5 million. Say which was meant rather than misread it.
 */
import { GrammarUtils } from 'langium';
import { isNumericTarget } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { isMultiple } from '../text/multiples.js';
import { defineRule } from './rule.js';

/** Suffixes people use for million and billion. */
const MILLION = new Set(['m', 'mm', 'mn', 'mio']);
const BILLION = new Set(['b', 'bn']);

export const kpiTargetAmbiguousUnit = defineRule({
    code: 'kpi-target-ambiguous-unit',
    severity: 'warning',
    summary: 'A unit is written against the number (1.5m), so it is not clear whether it is a multiplier or a unit.',
    docs: {
        why: 'Numbers take the suffixes `k`/`K` (thousand) and `M` (million). Any other letters right after the digits are read as a unit word: `target >= $1.5m` is 1.5 dollars of a unit called "m", not 1.5 million, and the dashboard would show a target a million times too small.',
        bad: 'kpi Pipeline "Pipeline created" {\n    target >= $1.5m per quarter\n    measured in CRM\n}',
        good: 'kpi Pipeline "Pipeline created" {\n    target >= $1.5M per quarter\n    measured in CRM\n}',
        fix: 'Write `M` for million (the quick fix does this for `m`), or put a space between the number and a unit word (`5 days`, not `5days`). A multiple is written against its number and is not reported: `target >= 3x` (pipeline coverage).'
    },
    checks: {
        NumericTarget(target, context) {
            const unit = GrammarUtils.findNodeForProperty(target.$cstNode, 'unit');
            const last = target.upper ?? target.value;
            const amount = GrammarUtils.findNodeForProperty(last?.$cstNode, 'amount');
            if (!unit || !amount || unit.offset !== amount.end || !target.unit) return;
            // `3x` is how a multiple is written (pipeline coverage), not a unit or a multiplier to misread.
            if (isMultiple(target.unit)) return;
            const word = target.unit.toLowerCase();
            const meaning = MILLION.has(word)
                ? `write ${amount.text}M for ${amount.text} million, or '${amount.text} ${target.unit}' with a space if '${target.unit}' is a unit`
                : BILLION.has(word)
                    ? `billions have no suffix: write the number in full, or in millions with M`
                    : `put a space between the number and the unit (${amount.text} ${target.unit}) if it is a unit`;
            context.report(`KPI '${target.$container.name}': '${amount.text}${target.unit}' reads as ${amount.text} with the unit '${target.unit}'; ${meaning}.`,
                { node: target, property: 'unit' });
        }
    },
    fixes: [
        /** `1.5m` -> `1.5M`. */
        function writeMillion(context) {
            const target = containerOf(context, isNumericTarget);
            const unit = GrammarUtils.findNodeForProperty(target?.$cstNode, 'unit');
            if (!target || !unit || !MILLION.has(unit.text.toLowerCase())) return [];
            return quickFix(context, 'Write M (million)', [{ range: unit.range, newText: 'M' }], true);
        }
    ]
});
