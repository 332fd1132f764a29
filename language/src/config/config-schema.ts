/**
 * `wpcm.config.json`: the project's settings. The zod schema is the single
 * source of truth; the JSON Schema shipped for editors is generated from it.
 */
import { z } from 'zod';
import { ALL_RULES } from '../rules/index.js';
import { CoachingConfigSchema } from '../coaching/source-schema.js';

export const SeveritySettingSchema = z.enum(['error', 'warning', 'info', 'hint', 'off']);

/** A rule that cannot be switched off (syntax-error) takes a severity but not `off`, in the CLI and the JSON Schema alike. */
const RuleSettingsSchema = z.object(Object.fromEntries(ALL_RULES.map(rule => [rule.code, (rule.suppressible === false
    ? SeveritySettingSchema.exclude(['off']).describe(`${rule.summary} Cannot be switched off.`)
    : SeveritySettingSchema.describe(rule.summary)).optional()]))).strict() as unknown as z.ZodType<Partial<Record<string, z.infer<typeof SeveritySettingSchema>>>>;

export const WpcmConfigSchema = z.object({
    $schema: z.string().optional(),
    rules: RuleSettingsSchema.optional()
        .describe('Severity per rule code: error, warning, info, hint or off (syntax-error cannot be off).'),
    dashboard: z.object({
        attainment: z.object({
            amber: z.number().min(0).default(80).describe('Attainment percent from which a KPI shows amber (below it: red).'),
            green: z.number().min(0).default(100).describe('Attainment percent from which a KPI shows green.')
        }).strict().refine(t => t.amber <= t.green, { message: 'amber must not be greater than green' })
            // JSON Schema cannot compare two properties; editors show this, the CLI and the server enforce it.
            .describe('Red / amber / green thresholds in attainment percent; amber must not be greater than green.').optional()
    }).strict().optional(),
    coaching: CoachingConfigSchema.optional().describe('wpcm coach: working days and mappings for CRM exports.')
}).strict();

export type WpcmConfig = z.infer<typeof WpcmConfigSchema>;

export const CONFIG_FILE_NAME = 'wpcm.config.json';

export interface Attainment { amber: number; green: number }
export const DEFAULT_ATTAINMENT: Attainment = { amber: 80, green: 100 };

/** Parses config text; throws an Error with a one-line message naming the problem. */
export function parseConfig(text: string, source = CONFIG_FILE_NAME): WpcmConfig {
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
    }
    const result = WpcmConfigSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0]!;
        const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
        throw new Error(`${source}: ${where}: ${issue.message}`);
    }
    return result.data;
}
