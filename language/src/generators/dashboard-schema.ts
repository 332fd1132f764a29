/**
 * The WPCM dashboard format: the single source of truth. Every dashboard is
 * parsed by this schema before it is written, and schemas/dashboard.schema.json
 * (shipped in the package, named in each file's `$schema`) is generated from it.
 */
import { z } from 'zod';
import { ATTAINMENT_FORMULAS, MODE_OF } from '../model/attainment.js';

export const DASHBOARD_SCHEMA_FILE = 'dashboard.schema.json';
export const DASHBOARD_FORMAT_VERSION = 1;

const Id = z.string().min(1);

export const ComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', 'between'])
    .describe('>= and > are at-least targets, <= and < at-most targets, = an exact target, between a band.');

export const TargetSchema = z.object({
    comparator: ComparatorSchema,
    value: z.number().describe('The target; the lower bound of a between target.'),
    upper: z.number().optional().describe('The upper bound of a between target.'),
    kind: z.enum(['percent', 'currency', 'duration', 'count'])
        .describe('percent (0..100), currency (value in whole units), duration (value in `unit`), count.'),
    unit: z.string().min(1).optional().describe('The unit as written in the model ("touches", "days"); "%" for percentages.'),
    currency: z.string().min(1).optional().describe('The currency symbol as written ("$").'),
    period: z.enum(['day', 'week', 'month', 'quarter', 'year']).optional().describe('The period the target is counted per.'),
    perTerm: Id.optional().describe('The term the target is counted per ("Lead" in "per Lead").'),
    text: z.string().min(1).describe('The target in words: "at least 60 touches per day".')
}).strict()
    .refine(t => (t.comparator === 'between') === (t.upper !== undefined), { message: 'upper is required for between targets and only for them', path: ['upper'] })
    .refine(t => t.upper === undefined || t.upper >= t.value, { message: 'upper must not be below value', path: ['upper'] })
    .refine(t => t.period === undefined || t.perTerm === undefined, { message: 'a target is counted per a period or per a term, not both', path: ['perTerm'] })
    .describe('A numeric KPI target as data.');

const { 'at-least': AT_LEAST, 'at-most': AT_MOST, exact: EXACT, band: BAND } = ATTAINMENT_FORMULAS;

export const AttainmentSchema = z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('at-least'), formula: z.literal(AT_LEAST) }).strict(),
    z.object({ mode: z.literal('at-most'), formula: z.literal(AT_MOST) }).strict(),
    z.object({ mode: z.literal('exact'), formula: z.literal(EXACT) }).strict(),
    z.object({ mode: z.literal('band'), formula: z.literal(BAND), low: z.number(), high: z.number() }).strict()
]).describe('How attainment (in percent) is computed from the actual value and the target.');

export const ComparisonSchema = z.enum(['individual', 'team', 'company']);

export const WidgetSchema = z.object({
    id: Id.describe('The KPI name in the model.'),
    title: z.string(),
    counts: z.string().optional().describe('What counts toward the KPI, as the model defines it.'),
    hasTarget: z.boolean().describe('false: the KPI has no numeric target in the model; show it without a status colour.'),
    target: TargetSchema.nullable(),
    statedTarget: z.string().optional().describe('A target the model states in words only ("above average"); not measurable.'),
    system: z.object({ id: Id, title: z.string() }).strict().nullable()
        .describe('The system the KPI is measured in; null when the model names none.'),
    comparisons: z.array(ComparisonSchema).min(1).describe('Show the actual for the individual seller against team and company.'),
    attainment: AttainmentSchema.nullable().describe('null when the KPI has no numeric target.')
}).strict()
    .refine(w => w.hasTarget === (w.target !== null), { message: 'hasTarget must say whether target is set', path: ['hasTarget'] })
    .refine(w => (w.target === null) === (w.attainment === null), { message: 'a KPI has an attainment rule exactly when it has a target', path: ['attainment'] })
    .refine(w => !w.target || !w.attainment || MODE_OF[w.target.comparator] === w.attainment.mode,
        { message: 'attainment mode does not match the target comparator', path: ['attainment', 'mode'] })
    .refine(w => !w.target || !w.attainment || w.attainment.mode !== 'band'
        || (w.attainment.low === w.target.value && w.attainment.high === w.target.upper),
        { message: 'the band must be the target range', path: ['attainment'] })
    .describe('One widget per KPI.');

export const SectionSchema = z.object({
    step: z.number().int().min(1).describe('Position of the motion in the workflow, from 1.'),
    id: Id.describe('The motion name in the model.'),
    title: z.string(),
    goal: z.string().nullable(),
    criteria: z.array(z.string()).min(1).optional()
        .describe('What must be true to complete the motion (its `requires` items, e.g. qualification criteria); absent when the model states none.'),
    questions: z.array(z.string()).min(1).optional()
        .describe('The questions the seller asks in the motion (its `question` clauses); absent when the model states none.'),
    hasKpis: z.boolean().describe('false: the motion has no KPI yet; the section is shown empty so the gap is visible.'),
    widgets: z.array(WidgetSchema)
}).strict()
    .refine(s => s.hasKpis === s.widgets.length > 0, { message: 'hasKpis must say whether there are widgets', path: ['hasKpis'] })
    .describe('One section per motion, in workflow order.');

const Threshold = z.number().min(0);

export const ThresholdsSchema = z.object({
    unit: z.literal('percent'),
    red: z.object({ below: Threshold }).strict(),
    amber: z.object({ from: Threshold, below: Threshold }).strict(),
    green: z.object({ from: Threshold }).strict()
}).strict()
    .refine(t => t.red.below === t.amber.from && t.amber.below === t.green.from && t.amber.from <= t.green.from,
        { message: 'red, amber and green must be adjacent, in this order' })
    .describe('Status colours by attainment percent (wpcm.config.json: dashboard.attainment).');

export const SummarySchema = z.object({
    motionCount: z.number().int().min(0),
    kpiCount: z.number().int().min(0),
    motionsWithoutKpis: z.object({ count: z.number().int().min(0), motions: z.array(Id) }).strict(),
    kpisWithoutTarget: z.object({ count: z.number().int().min(0), kpis: z.array(Id) }).strict()
}).strict()
    .refine(s => s.motionsWithoutKpis.count === s.motionsWithoutKpis.motions.length
        && s.kpisWithoutTarget.count === s.kpisWithoutTarget.kpis.length, { message: 'counts must match the lists' })
    .describe('Persona-level summary.');

export const DashboardSchema = z.object({
    $schema: z.string().optional().describe('The JSON Schema file written next to the dashboard; absent where none is written (--stdout).'),
    formatVersion: z.literal(DASHBOARD_FORMAT_VERSION),
    persona: z.object({
        id: Id,
        title: z.string(),
        description: z.string().optional(),
        model: z.string().optional().describe('The `model "..."` title of the file that declares the persona.')
    }).strict(),
    attainment: ThresholdsSchema,
    summary: SummarySchema,
    sections: z.array(SectionSchema)
}).strict()
    .superRefine((d, ctx) => {
        d.sections.forEach((section, i) => {
            if (section.step !== i + 1) ctx.addIssue({ code: 'custom', message: `step must be ${i + 1}`, path: ['sections', i, 'step'] });
        });
        const widgets = d.sections.flatMap(s => s.widgets);
        const expected = {
            motionCount: d.sections.length,
            kpiCount: widgets.length,
            motionsWithoutKpis: d.sections.filter(s => !s.hasKpis).map(s => s.id),
            kpisWithoutTarget: widgets.filter(w => !w.hasTarget).map(w => w.id)
        };
        const actual = {
            motionCount: d.summary.motionCount,
            kpiCount: d.summary.kpiCount,
            motionsWithoutKpis: d.summary.motionsWithoutKpis.motions,
            kpisWithoutTarget: d.summary.kpisWithoutTarget.kpis
        };
        if (JSON.stringify(expected) !== JSON.stringify(actual)) {
            ctx.addIssue({ code: 'custom', message: 'the summary does not match the sections', path: ['summary'] });
        }
    })
    .meta({ title: 'WPCM dashboard', description: 'A dashboard for one persona of a Workflow Performance Competency Model: one section per motion, one widget per KPI.' });

export type Dashboard = z.infer<typeof DashboardSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Widget = z.infer<typeof WidgetSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Attainment = z.infer<typeof AttainmentSchema>;

/** The JSON Schema published beside the dashboards and in the package. */
export function dashboardJsonSchema(): object {
    return z.toJSONSchema(DashboardSchema, { io: 'input' });
}

/** Parses a dashboard; throws an Error naming the first problem (path and message). */
export function validateDashboard(value: unknown): Dashboard {
    const result = DashboardSchema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
    throw new Error(`invalid dashboard: ${where}: ${issue.message}`);
}
