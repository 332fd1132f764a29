/**
 * The coaching report as data (`wpcm coach --format json`): the zod schema is
 * the single source of truth, every report is validated against it before it
 * is written, and schemas/coaching.schema.json is generated from it.
 * `actual` and `attainment` are unrounded; attainment is in percent.
 */
import { z } from 'zod';

export const COACHING_FORMAT_VERSION = 1;
export const COACHING_SCHEMA_FILE = 'coaching.schema.json';

const num = z.number().finite();
const nullableNum = num.nullable();
const status = z.enum(['red', 'amber', 'green']).nullable();

const Comparison = z.object({
    median: nullableNum.describe('Median of the group\'s actuals (sellers with data).'),
    medianAttainment: nullableNum.describe('Median of the group\'s attainment.'),
    percentile: nullableNum.describe('The seller\'s percentile rank in the group (mid-rank), by attainment when the KPI has a numeric target, else by actual.'),
    sellers: z.number().int().describe('Sellers of the group with data for this KPI.')
}).strict();

const SellerKpi = z.object({
    id: z.string(),
    motion: z.string(),
    actual: nullableNum.describe('null when the seller has no data for this KPI in the window.'),
    attainment: nullableNum.describe('Percent of target; null without a numeric target or without data.'),
    status,
    rows: z.number().int().describe('Rows used for this actual.'),
    team: Comparison,
    company: Comparison
}).strict();

const SellerMotion = z.object({
    id: z.string(),
    attainment: nullableNum.describe('Mean attainment of the motion\'s KPIs that have a numeric target and data.'),
    team: nullableNum.describe('Median motion attainment of the team.'),
    company: nullableNum.describe('Median motion attainment of the persona\'s sellers.')
}).strict();

const Recommendation = z.object({
    motion: z.string(),
    competency: z.string().nullable().describe('null: no competency supports the motion (an enablement gap).'),
    coaches: z.array(z.string()),
    peers: z.array(z.string()).describe('Up to three sellers of the same persona at 100 % or more on the motion, best first.')
}).strict();

const Seller = z.object({
    id: z.string(),
    team: z.string(),
    kpis: z.array(SellerKpi),
    motions: z.array(SellerMotion),
    weakestMotion: z.string().nullable(),
    recommendations: z.array(Recommendation)
}).strict();

const TeamKpi = z.object({
    id: z.string(),
    median: nullableNum,
    medianAttainment: nullableNum,
    belowTarget: z.number().int(),
    sellers: z.number().int().describe('Sellers of the team with data for the KPI.'),
    systemic: z.boolean().describe('At least half of those sellers, and at least 3, are below 100 %.')
}).strict();

const Team = z.object({ id: z.string(), sellers: z.number().int(), kpis: z.array(TeamKpi) }).strict();

const SystemicMiss = z.object({
    team: z.string(),
    kpi: z.string(),
    motion: z.string(),
    belowTarget: z.number().int(),
    sellers: z.number().int(),
    medianAttainment: nullableNum,
    gap: z.string().describe('A ready-to-paste HPT gap block for cause analysis.')
}).strict();

const KpiInfo = z.object({
    id: z.string(),
    title: z.string(),
    motion: z.string(),
    target: z.string().nullable().describe('The target in words; null without a numeric target.'),
    form: z.enum(['rate', 'ratio', 'mean']).describe('How the actual is formed from the rows.'),
    unit: z.string().nullable(),
    currency: z.string().nullable().describe('The currency symbol of an amount target ("$"); null for any other target.'),
    per: z.string().nullable().describe('The period or term the target is counted per ("day", "Lead").')
}).strict();

const Persona = z.object({
    id: z.string(),
    title: z.string(),
    motions: z.array(z.object({ id: z.string(), title: z.string(), step: z.number().int() }).strict()),
    kpis: z.array(KpiInfo),
    sellers: z.array(Seller),
    teams: z.array(Team),
    systemicMisses: z.array(SystemicMiss)
}).strict();

export const CoachingReportSchema = z.object({
    $schema: z.string().optional(),
    formatVersion: z.literal(COACHING_FORMAT_VERSION),
    window: z.object({
        from: z.string().nullable(),
        to: z.string().nullable(),
        workingDays: z.number().int()
    }).strict().describe('Inclusive dates; null when there is no data and no --from/--to.'),
    rows: z.object({
        read: z.number().int(), used: z.number().int(), outsideWindow: z.number().int(),
        skipped: z.number().int(), unknownKpi: z.number().int()
    }).strict(),
    attainment: z.object({ amber: num, green: num }).strict(),
    warnings: z.array(z.string()),
    personas: z.array(Persona)
}).strict();

export type CoachingReport = z.infer<typeof CoachingReportSchema>;
export type PersonaReport = CoachingReport['personas'][number];
export type SellerReport = PersonaReport['sellers'][number];
export type SellerKpiReport = SellerReport['kpis'][number];

/**
 * Checks a report against the schema and returns it; throws with the first
 * issue's path when it does not conform (a bug, never user data). A report
 * of 10,000 sellers is checked a seller at a time: zod's copy of each is
 * garbage at once, where a copy of the whole report (tens of MB) would be
 * kept until the end. The schema has no defaults or transforms, and strict
 * objects refuse unknown keys, so the report passes as it is.
 */
export function validateCoachingReport(report: unknown): CoachingReport {
    const personas = isRecord(report) && Array.isArray(report.personas) ? report.personas as unknown[] : undefined;
    if (!personas || !personas.every(p => isRecord(p) && Array.isArray(p.sellers))) {
        check(CoachingReportSchema, report, []);
        return report as CoachingReport;
    }
    validateReportHead(report as object);
    personas.forEach((persona, i) => (persona as { sellers: unknown[] }).sellers.forEach((seller, j) => validateSeller(seller, i, j)));
    return report as CoachingReport;
}

/**
 * The seller schema as zod compiles it ahead of time (z.compile), made at the
 * first check: generated code that checks the same, and hands any input it
 * would reject to the runtime parser, so the issues and messages are the same.
 * With validate() (below), checking 10,000 sellers the first time takes about
 * 30 ms instead of 160-190. Where code cannot be generated (a page whose CSP
 * forbids eval), z.compile returns the schema itself.
 */
let compiledSeller: typeof Seller | undefined;

/** Checks all of a report but its sellers (validateSeller checks each); the personas must hold arrays of sellers. */
export function validateReportHead(report: object): void {
    const personas = (report as { personas: unknown[] }).personas;
    check(CoachingReportSchema, { ...report, personas: personas.map(p => ({ ...(p as object), sellers: [] })) }, []);
}

/** Checks seller `j` of persona `i`. */
export function validateSeller(seller: unknown, i: number, j: number): void {
    check(compiledSeller ??= z.compile(Seller), seller, ['personas', i, 'sellers', j]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

function check(schema: z.ZodType, value: unknown, at: ReadonlyArray<string | number>): void {
    // validate() answers yes or no without building zod's copy of the value (garbage on 10,000 sellers); a no is parsed again for its issue.
    if (schema.validate(value)) return;
    const result = schema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`coaching report does not conform to its schema at ${[...at, ...issue.path].join('.')}: ${issue.message}`);
    }
}

export function coachingJsonSchema(): object {
    return z.toJSONSchema(CoachingReportSchema, { io: 'output' });
}
