/**
 * THE gap analysis (HPT: performance analysis -> cause analysis ->
 * intervention selection -> evaluation). Every rule about gaps, the gap
 * report, the module index's gap notes, hovers and the dashboard preview
 * read a gap through `analyzeGap`, so they can never disagree.
 *
 * - Levels (Rummler-Brache): organization, process, performer.
 * - Cells (Gilbert's Behavior Engineering Model): environment first
 *   (information, resources, incentives), then the individual (knowledge,
 *   capacity, motives). A cause's cell is optional.
 * - An intervention *addresses* the causes at the levels it states
 *   (`addresses`, else its kind's level; see model/interventions.ts).
 * - It *fits* a cause it addresses when it can change that level (training
 *   works at the performer level only) and its kind fits the cause's cell
 *   (a cause without a cell, or a kind the table does not classify, fits by
 *   level alone).
 * - A level is *covered* when some intervention can change it (training
 *   covers the performer level only).
 * - A cause is *addressed* when at least one intervention fits it.
 */
import type { Cause, Cell, Gap, Intervention, Kpi, Level, Motion, Performance, Persona } from '../generated/ast.js';
import { isMotion, isPersona } from '../generated/ast.js';
import { attainmentOf } from './attainment.js';
import { cellsOf, effectiveLevels, isTraining, statedLevels } from './interventions.js';
import type { TargetValue } from './targets.js';
import { formatNumber, quantityValue, targetValue } from './targets.js';
import { withUnit } from '../text/multiples.js';
import { unitAfter, unitFor } from '../text/units.js';

export const LEVELS: readonly Level[] = ['organization', 'process', 'performer'];
export const ENVIRONMENT_CELLS: readonly Cell[] = ['information', 'resources', 'incentives'];
export const INDIVIDUAL_CELLS: readonly Cell[] = ['knowledge', 'capacity', 'motives'];
/** Environment first: Gilbert's advice is to examine it before the individual. */
export const CELLS: readonly Cell[] = [...ENVIRONMENT_CELLS, ...INDIVIDUAL_CELLS];

export function isEnvironmentCell(cell: Cell): boolean {
    return ENVIRONMENT_CELLS.includes(cell);
}

/** What each cell holds, in the words of the model (hover, completion, report). */
export const CELL_DOCS: Readonly<Record<Cell, string>> = {
    information: 'Environment: expectations, feedback and guidance (what to do, how well it is going, job aids).',
    resources: 'Environment: tools, data, time, materials and processes to do the work.',
    incentives: 'Environment: pay, recognition and other consequences of performing or not.',
    knowledge: 'Individual: the skills and knowledge to perform (what training builds).',
    capacity: 'Individual: the capacity to perform: aptitude, physical and emotional limits, scheduling.',
    motives: 'Individual: whether people want to perform the work as the job is set up.'
};

/** Whether the intervention fits the cause (see the module comment). */
export function fits(intervention: Intervention, cause: Cause): boolean {
    // Effective levels are the stated ones, less what training cannot change.
    if (!effectiveLevels(intervention).includes(cause.level)) return false;
    const cells = cellsOf(intervention);
    return cause.cell === undefined || cells === undefined || cells.includes(cause.cell);
}

export interface CauseAnalysis {
    readonly cause: Cause;
    /** Interventions that state its level. */
    readonly addressedBy: readonly Intervention[];
    /** Those of them that fit it. */
    readonly fittedBy: readonly Intervention[];
}

export interface InterventionAnalysis {
    readonly intervention: Intervention;
    readonly training: boolean;
    readonly levels: readonly Level[];
    /** Causes at the levels it states. */
    readonly addresses: readonly Cause[];
    /** Those it fits. */
    readonly fits: readonly Cause[];
    /** It addresses causes but fits none of them. */
    readonly misfit: boolean;
}

export type GridState = 'addressed' | 'open' | 'none';

export interface PerformanceAnalysis {
    readonly performance: Performance;
    readonly kpi: Kpi | undefined;
    readonly current: number;
    /** The KPI's numeric target (the desired performance), if it has one. */
    readonly target: TargetValue | undefined;
    /** Distance to the target in the target's own terms; 0 when met; undefined when unknown. */
    readonly size: number | undefined;
    /** Why the size is unknown. */
    readonly unknownBecause?: string;
    /** Attainment of the current performance in percent (model/attainment.ts). */
    readonly attainment: number | undefined;
}

export interface GapAnalysis {
    readonly gap: Gap;
    readonly performances: readonly PerformanceAnalysis[];
    readonly causes: readonly CauseAnalysis[];
    readonly interventions: readonly InterventionAnalysis[];
    /** Levels by cells: a cause there that some intervention fits (every one of them), one that none fits, or no cause. */
    readonly grid: Readonly<Record<Level, Readonly<Record<Cell, GridState>>>>;
    /** Levels that have causes, in level order. */
    readonly causeLevels: readonly Level[];
    /** Levels with causes that no intervention can change. */
    readonly uncoveredLevels: readonly Level[];
    /** Organization- or process-level causes, and every intervention is training. */
    readonly trainingOnly: boolean;
    /** Every classified cause is individual (and at least one is classified). */
    readonly environmentUnexamined: boolean;
    /** The KPIs named by `evaluated by`, resolved. */
    readonly evaluation: readonly Kpi[];
}

function analyzeCause(cause: Cause, interventions: readonly Intervention[]): CauseAnalysis {
    return {
        cause,
        addressedBy: interventions.filter(i => statedLevels(i).includes(cause.level)),
        fittedBy: interventions.filter(i => fits(i, cause))
    };
}

function analyzeIntervention(intervention: Intervention, causes: readonly Cause[]): InterventionAnalysis {
    const levels = statedLevels(intervention);
    const addresses = causes.filter(c => levels.includes(c.level));
    const fitting = addresses.filter(c => fits(intervention, c));
    return { intervention, training: isTraining(intervention), levels, addresses, fits: fitting, misfit: addresses.length > 0 && fitting.length === 0 };
}

function gridOf(causes: readonly CauseAnalysis[]): GapAnalysis['grid'] {
    const grid = {} as Record<Level, Record<Cell, GridState>>;
    for (const level of LEVELS) {
        grid[level] = {} as Record<Cell, GridState>;
        for (const cell of CELLS) {
            const here = causes.filter(c => c.cause.level === level && c.cause.cell === cell);
            grid[level][cell] = here.length === 0 ? 'none' : here.every(c => c.fittedBy.length > 0) ? 'addressed' : 'open';
        }
    }
    return grid;
}

/**
 * Why the written quantity is not in the target's terms (a percentage for a percent target, money
 * for money, the same unit word), or undefined when it is. The report leaves such a performance
 * unsized and `performance-unit-mismatch` reports it in the editor.
 */
export function performanceMismatch(performance: Performance, target: TargetValue): string | undefined {
    const percent = performance.value?.percent === true;
    if (percent !== (target.kind === 'percent')) {
        return percent ? 'the performance is a percentage but the target is not' : 'the target is a percentage but the performance is not';
    }
    if (target.kind === 'currency' && !performance.value?.currency) return 'the target is an amount of money but the performance is not';
    // "9 weeks" against "at most 45 days" is not 0 days short: the numbers are in different units.
    // The unit is compared whatever its number or case ("Lead" and "leads" are one unit).
    const unit = performance.unit;
    if (unit && target.unit && target.kind !== 'percent' && unitFor(1, unit).toLowerCase() !== unitFor(1, target.unit).toLowerCase()) {
        return `the performance is in ${unit} but the target is in ${target.unit}`;
    }
    return undefined;
}

/** How far the current value is from the target: the shortfall, the excess, or the distance to the nearest bound. */
export function gapSize(target: TargetValue, current: number): number {
    switch (target.comparison) {
        case '>=': case '>': return Math.max(0, target.value - current);
        case '<=': case '<': return Math.max(0, current - target.value);
        case '=': return Math.abs(current - target.value);
        case 'between': {
            const upper = target.upper ?? target.value;
            return current < target.value ? target.value - current : current > upper ? current - upper : 0;
        }
    }
}

export function analyzePerformance(performance: Performance): PerformanceAnalysis {
    const kpi = performance.kpi?.ref;
    const current = quantityValue(performance.value);
    const target = kpi ? targetValue(kpi.target) : undefined;
    const base = { performance, kpi, current, target };
    if (!kpi) return { ...base, size: undefined, attainment: undefined, unknownBecause: `the KPI '${performance.kpi?.$refText ?? ''}' is not defined` };
    if (!target) return { ...base, size: undefined, attainment: undefined, unknownBecause: 'the KPI has no numeric target' };
    if (!Number.isFinite(current)) return { ...base, size: undefined, attainment: undefined, unknownBecause: 'the performance is not a number' };
    const problem = performanceMismatch(performance, target);
    if (problem) return { ...base, size: undefined, attainment: undefined, unknownBecause: problem };
    return { ...base, size: gapSize(target, current), attainment: attainmentOf(target, current) };
}

/**
 * The analysis of each gap node, reused while the KPIs its lines resolve to
 * are the same objects: the nine gap rules, hovers and generators all ask
 * for it, and a gap's text cannot change without a new node (documents are
 * re-parsed on edit), while another file's edit shows as a new KPI node.
 */
const analyses = new WeakMap<Gap, { readonly kpis: readonly unknown[]; readonly analysis: GapAnalysis }>();

function resolvedKpis(gap: Gap): unknown[] {
    return [...gap.performances.map(p => p.kpi?.ref), ...gap.evaluatedBy.map(ref => ref.ref)];
}

export function analyzeGap(gap: Gap): GapAnalysis {
    const kpis = resolvedKpis(gap);
    const cached = analyses.get(gap);
    if (cached && cached.kpis.length === kpis.length && cached.kpis.every((kpi, i) => kpi === kpis[i])) return cached.analysis;
    const analysis = computeAnalysis(gap);
    analyses.set(gap, { kpis, analysis });
    return analysis;
}

function computeAnalysis(gap: Gap): GapAnalysis {
    const causes = gap.causes.map(c => analyzeCause(c, gap.interventions));
    const interventions = gap.interventions.map(i => analyzeIntervention(i, gap.causes));
    const causeLevels = LEVELS.filter(level => gap.causes.some(c => c.level === level));
    const covered = new Set(gap.interventions.flatMap(effectiveLevels));
    const classified = gap.causes.filter(c => c.cell !== undefined);
    return {
        gap,
        performances: gap.performances.map(analyzePerformance),
        causes,
        interventions,
        grid: gridOf(causes),
        causeLevels,
        uncoveredLevels: causeLevels.filter(level => !covered.has(level)),
        trainingOnly: gap.interventions.length > 0 && causeLevels.some(l => l !== 'performer') && gap.interventions.every(isTraining),
        environmentUnexamined: classified.length > 0 && classified.every(c => !isEnvironmentCell(c.cell!)),
        // `evaluated by Growth, Growth` names one KPI: the evaluation plan lists it once.
        evaluation: [...new Set(gap.evaluatedBy.map(ref => ref.ref).filter((kpi): kpi is Kpi => kpi !== undefined))]
    };
}

/**
 * Which side of its target the current performance is on: short of an
 * at-least target, over an at-most one (a time to respond of 47 minutes
 * against "at most 5 minutes" is 42 minutes over, not short), and for an
 * exact target or a band, the side the current value lies on.
 */
export function gapSide(target: TargetValue, current: number): 'short of' | 'over' {
    switch (target.comparison) {
        case '>=': case '>': return 'short of';
        case '<=': case '<': return 'over';
        case '=': case 'between': return current < target.value ? 'short of' : 'over';
    }
}

/** The size in the target's own terms: "35 percentage points", "$20,000", "30 days", "5 touches per day". */
export function describeGapSize(size: number, target: TargetValue): string {
    const rounded = Math.round(size * 100) / 100;
    const number = formatNumber(rounded);
    if (target.kind === 'percent') return `${number} percentage point${rounded === 1 ? '' : 's'}`;
    const per = target.period ? ` per ${target.period}` : target.perTerm ? ` per ${target.perTerm}` : '';
    // The unit agrees with the number, as in describeTarget beside it: "1 call per day" against
    // "at least 2 calls per day", "0.13 Leads per Visit" against "at least 0.2 Leads per Visit".
    const unit = target.unit ? unitAfter(rounded, target.unit) : '';
    return `${target.currency ?? ''}${number}${unit}${per}`;
}

/** The current value as written, in the target's terms where it has none: "45 %", "$80k" -> "$80,000", "120 days". */
export function describeCurrent(performance: Performance): string {
    const value = quantityValue(performance.value);
    const number = `${performance.value?.currency ?? ''}${Number.isFinite(value) ? formatNumber(value) : (performance.value?.amount ?? '?')}`;
    if (performance.value?.percent) return `${number} %`;
    return withUnit(number, performance.unit);
}

/** The personas and motions a gap affects, resolved. */
export function affected(gap: Gap): { personas: Persona[]; motions: Motion[] } {
    const refs = gap.affects.map(ref => ref.ref);
    return { personas: refs.filter(isPersona), motions: refs.filter(isMotion) };
}

/**
 * The KPIs a gap is about, for quick fixes: those of its performance lines,
 * else those of the motions it affects (of every motion of an affected persona).
 */
export function kpisOfGap(gap: Gap): Kpi[] {
    const stated = gap.performances.map(p => p.kpi?.ref).filter((kpi): kpi is Kpi => kpi !== undefined);
    if (stated.length > 0) return [...new Set(stated)];
    const { personas, motions } = affected(gap);
    const all = [...motions, ...personas.flatMap(p => p.members.filter(isMotion))];
    return [...new Set(all.flatMap(m => m.kpis))];
}
