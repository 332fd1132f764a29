/**
 * The analysis in plain words, for the person reviewing the cause analysis.
 * Each finding corresponds to a rule (same analysis, same conclusion), in
 * the order of the HPT model: performance, causes, interventions, evaluation.
 */
import type { Cause, Cell, Level } from '../../generated/ast.js';
import type { GapAnalysis } from '../../model/gaps.js';
import { describeGapSize, gapSide } from '../../model/gaps.js';
import { kindEntry, kindsFitting } from '../../model/interventions.js';
import { describeTarget } from '../../model/targets.js';
import { capitalize, listWords, plural } from '../../text/words.js';
import { quotedCause } from './wording.js';

/** "feedback, dashboards or process": kinds that would fit a cell. */
function fittingKinds(cell: Cell): string {
    const kinds = kindsFitting(cell).filter(kind => kind !== 'coaching').slice(0, 3);
    return kinds.length <= 1 ? kinds.join('') : `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`;
}

function quotedCauses(causes: readonly Cause[]): string {
    return causes.map(quotedCause).join('; ');
}

function performanceFindings(analysis: GapAnalysis): string[] {
    if (analysis.performances.length === 0) return ['The current performance is not stated, so the size of the gap is unknown: measure it before choosing interventions.'];
    return analysis.performances.map(p => {
        const title = p.kpi?.title ?? p.performance.kpi?.$refText ?? '?';
        if (p.size === undefined || !p.target) return `The gap on ${title} cannot be sized: ${p.unknownBecause}.`;
        if (p.size === 0) return `${capitalize(title)} already meets its target (${describeTarget(p.target)}).`;
        return `${capitalize(title)} is ${describeGapSize(p.size, p.target)} ${gapSide(p.target, p.current)} its target (${describeTarget(p.target)}).`;
    });
}

function causeFindings(analysis: GapAnalysis): string[] {
    const lines: string[] = [];
    const uncovered = analysis.uncoveredLevels;
    const systemic: readonly Level[] = uncovered.filter(level => level !== 'performer');
    if (systemic.length > 0) {
        const causes = analysis.causes.filter(c => systemic.includes(c.cause.level)).map(c => c.cause);
        const levels = `${listWords(systemic.map(l => `${l}-`)).replace(/-$/, '')}-level ${causes.length === 1 ? 'cause' : 'causes'}`;
        // Training is named only where it was meant to fix these levels (gap-training-only, or a
        // training intervention that says it addresses them); a level nothing even claims to
        // address is gap-level-uncovered's finding, whatever else the gap does at other levels.
        const trainingMeantForThem = analysis.trainingOnly || analysis.interventions.some(i => i.training && i.levels.some(l => systemic.includes(l)));
        lines.push(trainingMeantForThem
            ? `Training cannot fix the ${levels}: ${quotedCauses(causes)}`
            : `No intervention addresses the ${levels}: ${quotedCauses(causes)}`);
    }
    if (uncovered.includes('performer')) {
        const causes = analysis.causes.filter(c => c.cause.level === 'performer').map(c => c.cause);
        lines.push(`No intervention addresses the performer-level ${causes.length === 1 ? 'cause' : 'causes'}: ${quotedCauses(causes)}`);
    }
    for (const { cause } of analysis.causes.filter(c => c.fittedBy.length === 0 && !uncovered.includes(c.cause.level))) {
        lines.push(`Nothing fits the ${cause.level}-level ${cause.cell} cause ${quotedCause(cause)}: an intervention such as ${fittingKinds(cause.cell!)} would.`);
    }
    if (analysis.environmentUnexamined) lines.push('Every cause is in an individual cell: examine information, resources and incentives first, where most causes lie.');
    const unclassified = analysis.causes.filter(c => c.cause.cell === undefined).length;
    if (unclassified > 0) lines.push(`${plural(unclassified, 'cause is', 'causes are')} not classified by cell, so only ${unclassified === 1 ? 'its' : 'their'} level can be checked.`);
    return lines;
}

function interventionFindings(analysis: GapAnalysis): string[] {
    const lines: string[] = [];
    if (analysis.gap.interventions.length > 0 && analysis.causes.length === 0) lines.push('Interventions are chosen but no cause is stated: nothing shows that they fit.');
    for (const i of analysis.interventions.filter(x => x.misfit)) {
        const cells = [...new Set(i.addresses.map(c => c.cell ?? c.level))];
        const what = `it ${kindEntry(i.intervention.kind)?.why ?? 'does not fit them'}`;
        // Above the performer level the reason is the level; at it, the kind (coaching for a
        // motives cause): with causes at both, both reasons, as intervention-misfit gives them.
        const why = !(i.training && i.addresses.some(c => c.level !== 'performer')) ? what
            : i.addresses.some(c => c.level === 'performer') ? `${what}; training works on performers only` : 'training works on performers only';
        lines.push(`${capitalize(i.intervention.kind)} "${i.intervention.title}" fits none of the causes it addresses (${listWords(cells)}): ${why}.`);
    }
    return lines;
}

function evaluationFindings(analysis: GapAnalysis): string[] {
    if (analysis.gap.interventions.length > 0 && analysis.evaluation.length === 0) {
        return ['No KPI is named to evaluate the interventions: nobody will know whether they worked.'];
    }
    return [];
}

export function findings(analysis: GapAnalysis): string[] {
    const lines = [...performanceFindings(analysis), ...causeFindings(analysis), ...interventionFindings(analysis), ...evaluationFindings(analysis)];
    const allFit = analysis.causes.length > 0 && analysis.causes.every(c => c.fittedBy.length > 0);
    if (allFit) lines.push(`Every cause has an intervention that fits it (${plural(analysis.causes.length, 'cause')}, ${plural(analysis.interventions.length, 'intervention')}).`);
    return lines;
}
