/**
 * Aggregated observations -> the coaching report: each seller's actual and
 * attainment per KPI, the team and company medians and percentile ranks,
 * motion attainment, the weakest motion with the competencies, coaches and
 * peers that address it, and the team KPIs missed systemically.
 * Attainment comes from model/attainment.ts, the one implementation the
 * dashboards state; the generated SQL computes the same numbers.
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { ModelView } from '../generators/model-view.js';
import { compareText } from '../generators/generated-file.js';
import { attainmentOf, statusOf } from '../model/attainment.js';
import { plural } from '../text/words.js';
import type { Aggregator, SellerEntry, Sums } from './aggregate.js';
import type { Period, Weekday } from './calendar.js';
import { DEFAULT_WORKING_DAYS, isoDate, periodLength, workingDaysBetween, workingWeek } from './calendar.js';
import type { Catalog, CatalogMotion, CatalogPersona, Measure } from './catalog.js';
import { gapBlock } from './gap-block.js';
import type { CoachingReport, PersonaReport, SellerReport } from './report-schema.js';
import { COACHING_FORMAT_VERSION } from './report-schema.js';
import { Distribution } from './stats.js';

export interface ReportOptions {
    readonly workingDays?: readonly Weekday[];
    readonly attainment: AttainmentThresholds;
    /** The requested window (day numbers); missing ends default to the data's first and last day. */
    readonly from?: number | undefined;
    readonly to?: number | undefined;
    /**
     * The `coaching.sources` mapping the rows came from; absent for the
     * canonical layout. A mapped row's KPI is a key of the mapping's `kpis`,
     * not a value in the file, so the unknown-KPI warning names the mapping.
     */
    readonly source?: string | undefined;
}

/** A systemic miss needs at least this many sellers below target... */
export const SYSTEMIC_MIN_SELLERS = 3;
/** ...and at least this share of the team's sellers with data. */
export const SYSTEMIC_SHARE = 0.5;
export const MAX_PEERS = 3;

/**
 * Values so large that their sum (or the attainment from it) is beyond what
 * a double holds: every value is a finite decimal, but 1e308 + 1e308 is not.
 * No row alone is wrong, so the whole report is refused with the seller and
 * the KPI to look at, rather than written with numbers that mean nothing.
 */
export class ReportOverflow extends Error {
    override readonly name = 'ReportOverflow';
    constructor(readonly kpi: string, readonly seller: string) {
        super(`the actuals of KPI '${kpi}' for seller '${seller}' add up to more than a number can hold: look for a misplaced or mistyped value in their rows`);
    }
}

/** The actual of one seller and KPI from its sums, or undefined when the sums cannot give one. */
export function actualOf(measure: Measure, sums: Sums, workingDays: number, workingDaysPerWeek: number): number | undefined {
    switch (measure.form) {
        case 'rate':
            if (workingDays === 0 || sums.valueCount === 0) return undefined;
            return sums.valueSum / (workingDays / periodLength(measure.period as Period, workingDaysPerWeek));
        case 'ratio':
            if (sums.ratioRows > 0) return sums.denominatorSum === 0 ? undefined : sums.numeratorSum / sums.denominatorSum * measure.scale;
            return sums.valueCount > 0 ? sums.valueSum / sums.valueCount : undefined;
        case 'mean':
            return sums.valueCount > 0 ? sums.valueSum / sums.valueCount : undefined;
    }
}

interface Cell {
    actual: number;
    attainment: number | undefined;
}

/**
 * A group (team or company) for one KPI: its medians, computed once, and the
 * sorted values its members are ranked in.
 */
class Group {
    readonly median: number | null;
    readonly medianAttainment: number | null;
    readonly sellers: number;
    private readonly actuals: Distribution;
    private readonly attainments: Distribution;

    constructor(cells: readonly Cell[]) {
        const attainments: number[] = [];
        for (const c of cells) if (c.attainment !== undefined) attainments.push(c.attainment);
        this.actuals = new Distribution(cells.map(c => c.actual));
        this.attainments = new Distribution(attainments);
        this.median = this.actuals.median() ?? null;
        this.medianAttainment = this.attainments.median() ?? null;
        this.sellers = cells.length;
    }

    /** A member's comparison: ranked by attainment when the KPI has a target, else by actual. */
    comparison(cell: Cell | undefined, hasTarget: boolean) {
        let percentile: number | null = null;
        if (cell) {
            if (hasTarget && cell.attainment !== undefined) percentile = this.attainments.percentileRank(cell.attainment);
            else if (!hasTarget) percentile = this.actuals.percentileRank(cell.actual);
        }
        return { median: this.median, medianAttainment: this.medianAttainment, percentile, sellers: this.sellers };
    }
}

function comparison(group: Group | undefined, cell: Cell | undefined, hasTarget: boolean) {
    return group ? group.comparison(cell, hasTarget) : { median: null, medianAttainment: null, percentile: null, sellers: 0 };
}

function nullable(value: number | undefined): number | null {
    return value === undefined ? null : value;
}

interface PersonaContext {
    persona: CatalogPersona;
    view: ModelView;
    options: ReportOptions;
    aggregator: Aggregator;
    workingDays: number;
    perWeek: number;
}

function personaReport(ctx: PersonaContext): PersonaReport {
    const { persona, aggregator, view } = ctx;
    const thresholds = ctx.options.attainment;
    // The persona's sellers (those with a row of one of its KPIs) in id order;
    // below, every per-seller value is an array in this order, not a map by id.
    const sellers: string[] = [];
    const entries: SellerEntry[] = [];
    for (const [seller, entry] of aggregator.sellers) {
        if (persona.kpis.some(kpi => aggregator.rowsOf(entry, kpi) > 0)) { sellers.push(seller); entries.push(entry); }
    }
    const order = sellers.map((_, i) => i).sort((a, b) => compareText(sellers[a]!, sellers[b]!));
    const ids = order.map(i => sellers[i]!);
    const sorted = order.map(i => entries[i]!);
    const teamIds = [...new Set(sorted.map(e => e.team))].sort(compareText);
    const teamIndex = new Map(teamIds.map((t, i) => [t, i]));
    const teamOf = sorted.map(e => teamIndex.get(e.team)!);
    const membersOf: number[][] = teamIds.map(() => []);
    teamOf.forEach((team, i) => membersOf[team]!.push(i));

    // Cells: per KPI, each seller's actual (undefined without one), and the rows that gave it.
    const rows = persona.kpis.map(() => new Float64Array(sorted.length));
    const cells = persona.kpis.map((kpi, k) => sorted.map((entry, i): Cell | undefined => {
        const sums = aggregator.sumsOf(entry, kpi);
        if (!sums) return undefined;
        rows[k]![i] = sums.rows;
        const actual = actualOf(kpi.measure, sums, ctx.workingDays, ctx.perWeek);
        if (actual === undefined) return undefined;
        const attainment = kpi.target ? attainmentOf(kpi.target, actual) : undefined;
        if (!Number.isFinite(actual) || (attainment !== undefined && !Number.isFinite(attainment))) throw new ReportOverflow(kpi.id, ids[i]!);
        return { actual, attainment };
    }));
    const cellsOf = (k: number, members: readonly number[]) => {
        const found: Cell[] = [];
        for (const i of members) { const c = cells[k]![i]; if (c) found.push(c); }
        return found;
    };

    // Groups per KPI: the company (all the persona's sellers with data) and each team (undefined: no member has data).
    const company = cells.map(bySeller => new Group(bySeller.filter(c => c !== undefined)));
    const teams = cells.map((_, k) => membersOf.map(members => { const c = cellsOf(k, members); return c.length > 0 ? new Group(c) : undefined; }));

    // Motion attainment per seller: mean of the attainment of its KPIs with a target and data.
    const kpiPosition = new Map(persona.kpis.map((kpi, k) => [kpi, k]));
    const motionAttainment = persona.motions.map(motion => {
        const positions = motion.kpis.map(kpi => kpiPosition.get(kpi)!);
        return ids.map((_, i) => {
            let sum = 0;
            let count = 0;
            for (const k of positions) {
                const a = cells[k]![i]?.attainment;
                if (a !== undefined) { sum += a; count++; }
            }
            return count > 0 ? sum / count : undefined;
        });
    });
    const defined = (values: ReadonlyArray<number | undefined>) => values.filter((v): v is number => v !== undefined);
    const motionCompany = motionAttainment.map(bySeller => new Distribution(defined(bySeller)).median());
    const motionTeam = motionAttainment.map(bySeller => membersOf.map(members => new Distribution(defined(members.map(i => bySeller[i]))).median()));
    // Peers: the best sellers at 100 % or more on each motion (one more than shown, to leave out the seller asked about).
    const peersOf = motionAttainment.map(bySeller => {
        const atTarget: number[] = [];
        bySeller.forEach((a, i) => { if (a !== undefined && a >= 100) atTarget.push(i); });
        return atTarget
            .sort((x, y) => bySeller[y]! - bySeller[x]! || compareText(ids[x]!, ids[y]!))
            .slice(0, MAX_PEERS + 1)
            .map(i => ids[i]!);
    });

    const support = persona.motions.map(motion => supportOf(motion, view));

    const sellerReports: SellerReport[] = ids.map((seller, i) => {
        const team = teamIds[teamOf[i]!]!;
        const kpis = persona.kpis.map((kpi, k) => {
            const cell = cells[k]![i];
            const hasTarget = kpi.target !== undefined;
            return {
                id: kpi.id,
                motion: kpi.motion.id,
                actual: cell ? cell.actual : null,
                attainment: nullable(cell?.attainment),
                status: cell?.attainment !== undefined ? statusOf(cell.attainment, thresholds) : null,
                rows: rows[k]![i]!,
                team: comparison(teams[k]![teamOf[i]!], cell, hasTarget),
                company: comparison(company[k], cell, hasTarget)
            };
        });
        const motions = persona.motions.map((m, j) => ({
            id: m.id,
            attainment: nullable(motionAttainment[j]![i]),
            team: nullable(motionTeam[j]![teamOf[i]!]),
            company: nullable(motionCompany[j])
        }));
        // Lowest below 100 %; the strict comparison keeps the earlier motion on a tie.
        let weakest = -1;
        let lowest = 100;
        persona.motions.forEach((_, j) => {
            const a = motionAttainment[j]![i];
            if (a !== undefined && a < lowest) { lowest = a; weakest = j; }
        });
        const recommendations = weakest >= 0 ? recommendationsFor(persona.motions[weakest]!, support[weakest]!, seller, peersOf[weakest]!) : [];
        return { id: seller, team, kpis, motions, weakestMotion: weakest >= 0 ? persona.motions[weakest]!.id : null, recommendations };
    });

    const teamReports = teamIds.map((team, t) => ({
        id: team,
        sellers: membersOf[t]!.length,
        kpis: persona.kpis.map((kpi, k) => {
            const members = cellsOf(k, membersOf[t]!);
            const withAttainment = members.filter(c => c.attainment !== undefined);
            const below = withAttainment.filter(c => c.attainment! < 100).length;
            const group = teams[k]![t];
            return {
                id: kpi.id,
                median: group?.median ?? null,
                medianAttainment: group?.medianAttainment ?? null,
                belowTarget: below,
                sellers: members.length,
                systemic: below >= SYSTEMIC_MIN_SELLERS && below >= SYSTEMIC_SHARE * withAttainment.length
            };
        })
    }));

    const systemicMisses = teamReports.flatMap(team => team.kpis.filter(k => k.systemic).map(k => {
        const kpi = persona.kpis.find(c => c.id === k.id)!;
        return {
            team: team.id, kpi: k.id, motion: kpi.motion.id, belowTarget: k.belowTarget, sellers: k.sellers,
            medianAttainment: k.medianAttainment,
            gap: gapBlock({
                team: team.id, kpiId: kpi.id, kpiTitle: kpi.title, motionId: kpi.motion.id, target: kpi.target,
                median: k.median ?? undefined, belowTarget: k.belowTarget, sellers: k.sellers
            })
        };
    }));

    return {
        id: persona.id,
        title: persona.title,
        motions: persona.motions.map(m => ({ id: m.id, title: m.title, step: m.step })),
        kpis: persona.kpis.map(k => ({
            id: k.id, title: k.title, motion: k.motion.id, target: k.targetText ?? null, form: k.measure.form, unit: k.target?.unit ?? null,
            currency: k.target?.currency ?? null, per: k.target?.period ?? k.target?.perTerm ?? null
        })),
        sellers: sellerReports,
        teams: teamReports,
        systemicMisses
    };
}

/** The competencies that support a motion, each with its coaches' names (none: an enablement gap). */
interface Support {
    readonly competency: string;
    readonly coaches: readonly string[];
}

function supportOf(motion: CatalogMotion, view: ModelView): readonly Support[] {
    return view.supportersOf(motion.motion).map(c => ({ competency: c.name, coaches: view.coachesOf(c).map(coach => coach.name) }));
}

function recommendationsFor(motion: CatalogMotion, support: readonly Support[], seller: string, best: readonly string[]): SellerReport['recommendations'] {
    const peers = best.filter(s => s !== seller).slice(0, MAX_PEERS);
    if (support.length === 0) return [{ motion: motion.id, competency: null, coaches: [], peers }];
    return support.map(s => ({ motion: motion.id, competency: s.competency, coaches: [...s.coaches], peers }));
}

function unknownKpiWarning(aggregator: Aggregator, source: string | undefined): string[] {
    const rows = aggregator.rows.unknownKpi;
    if (rows === 0) return [];
    const names = [...aggregator.unknownKpis].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    const shown = names.slice(0, 10).map(([name, n]) => `${name} (${n})`).join(', ');
    const more = names.length > 10 ? ` and ${names.length - 10} more` : '';
    if (source !== undefined) {
        // The file names no KPI here: the fix is in the config, so say where.
        const kpis = names.length === 1 ? 'a KPI' : `${names.length} KPIs`;
        return [`the mapping '${source}' names ${kpis} the model does not declare in its kpis, ${plural(rows, 'row')} not counted: ${shown}${more}`];
    }
    return [`${plural(rows, 'row')} name${rows === 1 ? 's' : ''} a KPI the model does not declare, not counted: ${shown}${more}`];
}

export function coachingReport(catalog: Catalog, view: ModelView, aggregator: Aggregator, options: ReportOptions): CoachingReport {
    const workingDaysOfWeek = workingWeek(options.workingDays ?? DEFAULT_WORKING_DAYS);
    const from = options.from ?? aggregator.firstDay;
    const to = options.to ?? aggregator.lastDay;
    const workingDays = from !== undefined && to !== undefined ? workingDaysBetween(from, to, workingDaysOfWeek) : 0;
    const personas = catalog.personas.map(persona => personaReport({
        persona, view, options, aggregator, workingDays, perWeek: workingDaysOfWeek.length
    }));
    // Built to the schema's type; the JSON writer validates it (once, before writing) with the zod schema.
    return {
        formatVersion: COACHING_FORMAT_VERSION,
        window: { from: from === undefined ? null : isoDate(from), to: to === undefined ? null : isoDate(to), workingDays },
        rows: { ...aggregator.rows },
        attainment: { amber: options.attainment.amber, green: options.attainment.green },
        warnings: unknownKpiWarning(aggregator, options.source),
        personas
    };
}
