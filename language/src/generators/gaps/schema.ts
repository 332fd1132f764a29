/**
 * The gap report format (`wpcm generate gaps --format json`): the single
 * source of truth. Every report and the index are parsed by this schema
 * before they are written; schemas/gaps.schema.json (also written next to
 * the reports and named in each file's `$schema`) is generated from it.
 * The HTML and Markdown reports are rendered from the same validated data.
 */
import { z } from 'zod';

export const GAPS_SCHEMA_FILE = 'gaps.schema.json';
export const GAPS_FORMAT_VERSION = 1;

const Id = z.string().min(1);
const Named = z.object({ id: Id, title: z.string() }).strict();

export const LevelSchema = z.enum(['organization', 'process', 'performer']).describe('Rummler-Brache level.');
export const CellSchema = z.enum(['information', 'resources', 'incentives', 'knowledge', 'capacity', 'motives'])
    .describe("Gilbert's Behavior Engineering Model: information, resources, incentives (environment); knowledge, capacity, motives (individual).");
export const GridStateSchema = z.enum(['addressed', 'open', 'none'])
    .describe('addressed: every cause in the cell has an intervention that fits it; open: one has none; none: no cause stated there.');

export const KpiGapSchema = z.object({
    id: Id.describe('The KPI name in the model.'),
    title: z.string(),
    system: Named.nullable().describe('Where the KPI is measured; null when the model names no system.'),
    desired: z.string().nullable().describe('The KPI target in words; null when the KPI has no numeric target.'),
    current: z.string().describe('The current performance as stated, e.g. "45 %".'),
    currentValue: z.number(),
    gap: z.string().nullable().describe('The distance to the target in its own terms ("35 percentage points"); null when unknown.'),
    gapValue: z.number().nullable(),
    attainment: z.number().nullable().describe('Attainment of the current performance in percent of target, rounded to 0.1.'),
    unknownBecause: z.string().optional().describe('Why the gap cannot be sized.')
}).strict().refine(k => (k.gap === null) === (k.gapValue === null), { message: 'gap and gapValue are set together', path: ['gap'] });

export const CauseSchema = z.object({
    level: LevelSchema,
    cell: CellSchema.nullable().describe('null: the cause is not classified by cell.'),
    text: z.string(),
    addressed: z.boolean().describe('Some intervention fits it.'),
    fittedBy: z.array(z.number().int().min(0)).describe('Indexes into interventions of those that fit it.')
}).strict();

export const InterventionSchema = z.object({
    kind: z.string(),
    title: z.string(),
    levels: z.array(LevelSchema).describe('The levels it addresses (stated, or its kind\'s level).'),
    training: z.boolean().describe('Training works at the performer level only.'),
    fitsCells: z.array(CellSchema).nullable().describe('The cells its kind fits; null for a kind that fits any cell of its levels.'),
    addresses: z.array(z.number().int().min(0)).describe('Indexes into causes at the levels it addresses.'),
    fits: z.array(z.number().int().min(0)).describe('Those of them it fits.'),
    misfit: z.boolean().describe('It addresses causes but fits none of them.')
}).strict();

export const QuestionSchema = z.object({
    id: z.enum(['worth-solving', 'expectations', 'resources', 'consequences', 'skill', 'potential']),
    question: z.string(),
    answered: z.boolean().describe('Whether the model answers it; when not, answer says what to find out.'),
    answer: z.string()
}).strict().describe('A Mager and Pipe performance-analysis question.');

export const GapReportSchema = z.object({
    $schema: z.literal(`./${GAPS_SCHEMA_FILE}`),
    kind: z.literal('gap-report'),
    version: z.literal(GAPS_FORMAT_VERSION),
    id: Id.describe('The gap name in the model.'),
    title: z.string(),
    model: z.string().nullable().describe('The `model "..."` title of its file.'),
    performance: z.object({
        personas: z.array(z.object({ id: Id, title: z.string(), motions: z.array(Named).describe('Its motions, in workflow order: all are affected.') }).strict()),
        motions: z.array(z.object({ id: Id, title: z.string(), persona: Named.nullable() }).strict()),
        kpis: z.array(KpiGapSchema)
    }).strict(),
    causes: z.array(CauseSchema),
    grid: z.array(z.object({ level: LevelSchema, cells: z.array(z.object({ cell: CellSchema, state: GridStateSchema }).strict()).length(6) }).strict())
        .length(3).describe('Levels by cells, organization first, environment cells first.'),
    interventions: z.array(InterventionSchema),
    findings: z.array(z.string()).min(1).describe('The analysis in plain words.'),
    questions: z.array(QuestionSchema).length(6),
    evaluation: z.array(z.object({
        id: Id, title: z.string(), desired: z.string().nullable(), current: z.string().nullable(), system: Named.nullable()
    }).strict()).describe('The KPIs that will show whether the interventions worked (`evaluated by`).')
}).strict().describe('One gap: performance, causes by level and cell, interventions, findings, evaluation.');

export const GapIndexSchema = z.object({
    $schema: z.literal(`./${GAPS_SCHEMA_FILE}`),
    kind: z.literal('gap-index'),
    version: z.literal(GAPS_FORMAT_VERSION),
    gaps: z.array(z.object({
        id: Id, title: z.string(), model: z.string().nullable(),
        path: z.string().min(1).describe('The report file, relative to this index.'),
        openCauses: z.number().int().min(0), misfits: z.number().int().min(0)
    }).strict())
}).strict().describe('The list of gap reports.');

export const GapsFileSchema = z.discriminatedUnion('kind', [GapReportSchema, GapIndexSchema])
    .describe('A WPCM gap report or the index of the reports (wpcm generate gaps).');

export type GapReport = z.infer<typeof GapReportSchema>;
export type GapIndex = z.infer<typeof GapIndexSchema>;

export function gapsJsonSchema(): object {
    return z.toJSONSchema(GapsFileSchema, { io: 'input' });
}

/** Parses a report or index; throws an Error naming the first problem (path and message). */
export function validateGapsFile<T extends GapReport | GapIndex>(value: T): T {
    const result = GapsFileSchema.safeParse(value);
    if (result.success) return result.data as T;
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
    throw new Error(`invalid gap report: ${where}: ${issue.message}`);
}
