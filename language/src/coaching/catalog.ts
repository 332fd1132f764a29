/**
 * The model as the coaching computation needs it: each persona's motions in
 * workflow order, their KPIs with the target as data and how an actual is
 * formed from observations (measureOf), and which KPI a data row names.
 */
import type { Kpi, Motion, Persona } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import type { TargetValue } from '../model/targets.js';
import { describeTarget, targetValue } from '../model/targets.js';
import type { Period } from './calendar.js';
import type { KpiName, KpiResolver } from './kpi-names.js';
import { kpiResolver } from './kpi-names.js';
import type { ModelView } from '../generators/model-view.js';

/**
 * How observations become one actual:
 * - rate: sum of values over the window / (working days / period length), for counts and amounts per period;
 * - ratio: sum of numerators / sum of denominators (x 100 for a percentage) when rows carry them, else the mean of values;
 * - mean: the mean of the values (durations, amounts, scores, counts without a period).
 */
export type Measure =
    | { readonly form: 'rate'; readonly period: Period }
    | { readonly form: 'ratio'; readonly scale: 1 | 100 }
    | { readonly form: 'mean' };

export function measureOf(target: TargetValue | undefined): Measure {
    if (!target) return { form: 'mean' };
    if (target.kind === 'percent') return { form: 'ratio', scale: 100 };
    if (target.perTerm) return { form: 'ratio', scale: 1 };
    if (target.period && (target.kind === 'count' || target.kind === 'currency')) return { form: 'rate', period: target.period as Period };
    return { form: 'mean' };
}

export interface CatalogKpi {
    readonly id: string;
    readonly title: string;
    readonly kpi: Kpi;
    readonly motion: CatalogMotion;
    readonly persona: CatalogPersona;
    readonly target: TargetValue | undefined;
    readonly targetText: string | undefined;
    readonly measure: Measure;
    /** Position in the persona's workflow order (motions in order, KPIs as written). */
    readonly order: number;
    /** Position among all the catalog's KPIs (an array index for the aggregation). */
    readonly index: number;
}

export interface CatalogMotion {
    readonly id: string;
    readonly title: string;
    readonly step: number;
    readonly motion: Motion;
    readonly kpis: readonly CatalogKpi[];
}

export interface CatalogPersona {
    readonly id: string;
    readonly title: string;
    readonly slug: string;
    readonly persona: Persona;
    readonly motions: readonly CatalogMotion[];
    readonly kpis: readonly CatalogKpi[];
}

export interface Catalog extends KpiResolver<CatalogKpi> {
    readonly personas: readonly CatalogPersona[];
    /** The KPIs as rows name them, for a worker thread's resolver (kpi-names.ts). */
    readonly names: readonly KpiName[];
}

export function catalogOf(view: ModelView): Catalog {
    let index = 0;
    const personas = view.personas.map(entry => {
        const persona: { -readonly [K in keyof CatalogPersona]: CatalogPersona[K] } = {
            id: entry.persona.name, title: entry.persona.title ?? entry.persona.name, slug: entry.slug,
            persona: entry.persona, motions: [], kpis: []
        };
        let order = 0;
        persona.motions = motionsOf(entry.persona).map((motion, i) => {
            const place: { -readonly [K in keyof CatalogMotion]: CatalogMotion[K] } = { id: motion.name, title: motion.title, step: i + 1, motion, kpis: [] };
            place.kpis = motion.kpis.map(kpi => {
                const target = targetValue(kpi.target);
                const item: CatalogKpi = {
                    id: kpi.name, title: kpi.title, kpi, motion: place, persona, target,
                    targetText: target ? describeTarget(target) : undefined, measure: measureOf(target), order: order++, index: index++
                };
                return item;
            });
            return place;
        });
        persona.kpis = persona.motions.flatMap(m => m.kpis);
        return persona as CatalogPersona;
    });
    const kpis = personas.flatMap(p => p.kpis);
    const nameOf = (k: CatalogKpi): KpiName => ({ kpi: k.id, persona: k.persona.id, personaTitle: k.persona.title, index: k.index });
    const { size, resolve } = kpiResolver(kpis, nameOf);
    return { personas, names: kpis.map(nameOf), size, resolve };
}
