/**
 * The HPT `gap` block suggested for a systemic miss, ready to paste into the
 * model. Kept in this one function so the wording follows the HPT syntax
 * (`performance <Kpi> is <quantity>`, `cause <level> "..."`, `evaluated by <Kpi>`).
 */
import type { TargetValue } from '../model/targets.js';
import { withUnit } from '../text/multiples.js';

export interface GapBlockInput {
    readonly team: string;
    readonly kpiId: string;
    readonly kpiTitle: string;
    readonly motionId: string;
    readonly target: TargetValue | undefined;
    /** The team's median actual, the performance the gap starts from. */
    readonly median: number | undefined;
    readonly belowTarget: number;
    readonly sellers: number;
}

/** Text inside a WPCM string: no quotes, backslashes or line breaks. */
function quoted(text: string): string {
    return `"${text.replace(/[\s]+/g, ' ').replace(/["\\]/g, "'").trim()}"`;
}

/** An identifier from free text: letters, digits and underscores, starting with a letter. */
function identifier(text: string): string {
    const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean).map(w => w[0]!.toUpperCase() + w.slice(1));
    const joined = words.join('');
    return /^[A-Za-z]/.test(joined) ? joined : `T${joined}`;
}

/** A quantity as the language writes it: 62.5 %, $1200, 104 days, 0.8 touches, 2.6x. */
function quantity(value: number, target: TargetValue | undefined): string {
    const amount = String(Math.round(value * 10) / 10);
    if (!target) return amount;
    if (target.kind === 'percent') return `${amount} %`;
    return withUnit(`${target.currency ?? ''}${amount}`, target.unit);
}

/**
 * Which side of the target the team is on, in words: a time to respond of
 * 6 minutes against "at most 5" is above it, not below, although its
 * attainment is below 100 %; an exact target or a band is missed either way.
 */
function offTarget(target: TargetValue | undefined): string {
    switch (target?.comparison) {
        case '<=': case '<': return 'above target';
        case '=': case 'between': return 'off target';
        default: return 'below target';
    }
}

export function gapBlock(input: GapBlockInput): string {
    const name = `${identifier(input.team)}${input.kpiId}Gap`;
    const lines = [
        `gap ${name} ${quoted(`${input.kpiTitle} ${offTarget(input.target)} across team ${input.team}`)} {`,
        `    affects ${input.motionId}`
    ];
    if (input.median !== undefined) lines.push(`    performance ${input.kpiId} is ${quantity(input.median, input.target)}`);
    lines.push(
        `    cause process ${quoted(`TODO: why ${input.belowTarget} of ${input.sellers} sellers in ${input.team} miss the target (process, organization or performer?)`)}`,
        `    evaluated by ${input.kpiId}`,
        '}'
    );
    return lines.join('\n');
}
