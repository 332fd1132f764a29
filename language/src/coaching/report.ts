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
import type { Aggregator, Sums } from './aggregate.js';
import type { Period, Weekday } from './calendar.js';
import { DEFAULT_WORKING_DAYS, isoDate, periodLength, workingDaysBetween } from './calendar.js';
import type { Catalog, CatalogKpi, CatalogMotion, CatalogPersona, Measure } from './catalog.js';
import { gapBlock } from './gap-block.js';
import type { CoachingReport, PersonaReport, SellerReport } from './report-schema.js';
import { COACHING_FORMAT_VERSION } from './report-schema.js';
import { Distribution, mean } from './stats.js';

export interface ReportOptions {
    readonly workingDays?: readonly Weekday[];
    readonly attainment: AttainmentThresholds;
    /** The requested window (day numbers); missing ends default to the data's first and last day. */
    readonly from?: number | undefined;
    readonly to?: number | undefined;
}

/** A systemic miss needs at least this many sellers below target... */
export const SYSTEMIC_MIN_SELLERS = 3;
/** ...and at least this share of the team's sellers with data. */
export const SYSTEMIC_SHARE = 0.5;
export const MAX_PEERS = 3;

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
    rows: number;
}

/** Median and rank of one group (team or company) for one KPI. */
interface Group {
    actuals: Distribution;
    attainments: Distribution;
}

function groupOf(cells: readonly Cell[]): Group {
    return {
        actuals: new Distribution(cells.map(c => c.actual)),
        attainments: new Distribution(cells.flatMap(c => (c.attainment === undefined ? [] : [c.attainment])))
    };
}

function comparison(group: Group | undefined, cell: Cell | undefined, hasTarget: boolean) {
    if (!group) return { median: null, medianAttainment: null, percentile: null, sellers: 0 };
    let percentile: number | null = null;
    if (cell) {
        if (hasTarget && cell.attainment !== undefined) percentile = group.attainments.percentileRank(cell.attainment);
        else if (!hasTarget) percentile = group.actuals.percentileRank(cell.actual);
    }
    return {
        median: group.actuals.median() ?? null,
        medianAttainment: group.attainments.median() ?? null,
        percentile,
        sellers: group.actuals.size
    };
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
    // Cells: KPI -> seller -> actual.
    const cells = new Map<CatalogKpi, Map<string, Cell>>();
    const sellerIds = new Set<string>();
    for (const kpi of persona.kpis) {
        const bySeller = new Map<string, Cell>();
        for (const [seller, entry] of aggregator.sellers) {
            const sums = entry.sums[kpi.index];
            if (!sums) continue;
            sellerIds.add(seller);
            const actual = actualOf(kpi.measure, sums, ctx.workingDays, ctx.perWeek);
            if (actual === undefined) continue;
            bySeller.set(seller, { actual, attainment: kpi.target ? attainmentOf(kpi.target, actual) : undefined, rows: sums.rows });
        }
        cells.set(kpi, bySeller);
    }
    const sellers = [...sellerIds].sort(compareText);
    const teamOf = (seller: string) => aggregator.sellers.get(seller)?.team ?? '';
    const teamIds = [...new Set(sellers.map(teamOf))].sort(compareText);
    const membersOf = new Map<string, string[]>(teamIds.map(t => [t, []]));
    for (const seller of sellers) membersOf.get(teamOf(seller))!.push(seller);

    // Groups per KPI: the company (all the persona's sellers with data) and each team.
    const company = new Map<CatalogKpi, Group>();
    const teams = new Map<CatalogKpi, Map<string, Group>>();
    for (const kpi of persona.kpis) {
        const bySeller = cells.get(kpi)!;
        company.set(kpi, groupOf([...bySeller.values()]));
        const perTeam = new Map<string, Group>();
        for (const team of teamIds) {
            const members = membersOf.get(team)!.flatMap(s => { const c = bySeller.get(s); return c ? [c] : []; });
            if (members.length > 0) perTeam.set(team, groupOf(members));
        }
        teams.set(kpi, perTeam);
    }

    // Motion attainment per seller: mean of the attainment of its KPIs with a target and data.
    const motionAttainment = new Map<CatalogMotion, Map<string, number>>();
    for (const motion of persona.motions) {
        const bySeller = new Map<string, number>();
        for (const seller of sellers) {
            const values = motion.kpis.flatMap(k => { const a = cells.get(k)!.get(seller)?.attainment; return a === undefined ? [] : [a]; });
            const m = mean(values);
            if (m !== undefined) bySeller.set(seller, m);
        }
        motionAttainment.set(motion, bySeller);
    }
    const motionCompany = new Map(persona.motions.map(m => [m, new Distribution([...motionAttainment.get(m)!.values()]).median()]));
    const motionTeam = new Map(persona.motions.map(m => [m, new Map(teamIds.map(team => [team,
        new Distribution(membersOf.get(team)!.flatMap(s => { const a = motionAttainment.get(m)!.get(s); return a === undefined ? [] : [a]; })).median()]))]));
    // Peers: the best sellers at 100 % or more on each motion (one more than shown, to leave out the seller asked about).
    const peersOf = new Map(persona.motions.map(m => [m, [...motionAttainment.get(m)!]
        .filter(([, a]) => a >= 100)
        .sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))
        .slice(0, MAX_PEERS + 1)
        .map(([s]) => s)]));

    const sellerReports: SellerReport[] = sellers.map(seller => {
        const team = teamOf(seller);
        const kpis = persona.kpis.map(kpi => {
            const cell = cells.get(kpi)!.get(seller);
            const hasTarget = kpi.target !== undefined;
            return {
                id: kpi.id,
                motion: kpi.motion.id,
                actual: cell ? cell.actual : null,
                attainment: nullable(cell?.attainment),
                status: cell?.attainment !== undefined ? statusOf(cell.attainment, thresholds) : null,
                rows: cell?.rows ?? aggregator.sellers.get(seller)?.sums[kpi.index]?.rows ?? 0,
                team: comparison(teams.get(kpi)!.get(team), cell, hasTarget),
                company: comparison(company.get(kpi), cell, hasTarget)
            };
        });
        const motions = persona.motions.map(m => ({
            id: m.id,
            attainment: nullable(motionAttainment.get(m)!.get(seller)),
            team: nullable(motionTeam.get(m)!.get(team)),
            company: nullable(motionCompany.get(m))
        }));
        // Lowest below 100 %; the strict comparison keeps the earlier motion on a tie.
        let weakest: CatalogMotion | undefined;
        let lowest = 100;
        for (const m of persona.motions) {
            const a = motionAttainment.get(m)!.get(seller);
            if (a !== undefined && a < lowest) { lowest = a; weakest = m; }
        }
        const recommendations = weakest ? recommendationsFor(weakest, seller, peersOf.get(weakest)!, view) : [];
        return { id: seller, team, kpis, motions, weakestMotion: weakest?.id ?? null, recommendations };
    });

    const teamReports = teamIds.map(team => ({
        id: team,
        sellers: membersOf.get(team)!.length,
        kpis: persona.kpis.map(kpi => {
            const members = membersOf.get(team)!.flatMap(s => { const c = cells.get(kpi)!.get(s); return c ? [c] : []; });
            const withAttainment = members.filter(c => c.attainment !== undefined);
            const below = withAttainment.filter(c => c.attainment! < 100).length;
            const group = teams.get(kpi)!.get(team);
            return {
                id: kpi.id,
                median: nullable(group?.actuals.median()),
                medianAttainment: nullable(group?.attainments.median()),
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
            per: k.target?.period ?? k.target?.perTerm ?? null
        })),
        sellers: sellerReports,
        teams: teamReports,
        systemicMisses
    };
}

function recommendationsFor(motion: CatalogMotion, seller: string, best: readonly string[], view: ModelView): SellerReport['recommendations'] {
    const peers = best.filter(s => s !== seller).slice(0, MAX_PEERS);
    const supporters = view.supportersOf(motion.motion);
    if (supporters.length === 0) return [{ motion: motion.id, competency: null, coaches: [], peers }];
    return supporters.map(c => ({ motion: motion.id, competency: c.name, coaches: view.coachesOf(c).map(coach => coach.name), peers }));
}

function unknownKpiWarning(aggregator: Aggregator): string[] {
    if (aggregator.rows.unknownKpi === 0) return [];
    const names = [...aggregator.unknownKpis].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    const shown = names.slice(0, 10).map(([name, n]) => `${name} (${n})`).join(', ');
    const more = names.length > 10 ? ` and ${names.length - 10} more` : '';
    return [`${plural(aggregator.rows.unknownKpi, 'row')} name${aggregator.rows.unknownKpi === 1 ? 's' : ''} a KPI the model does not declare, not counted: ${shown}${more}`];
}

export function coachingReport(catalog: Catalog, view: ModelView, aggregator: Aggregator, options: ReportOptions): CoachingReport {
    const workingDaysOfWeek = options.workingDays ?? DEFAULT_WORKING_DAYS;
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
        warnings: unknownKpiWarning(aggregator),
        personas
    };
}
