/**
 * `coaching` in wpcm.config.json: working days, and `sources`, mappings that
 * read CRM exports (a Salesforce opportunity report, say) as actuals:
 * which columns hold the date, seller and team, how dates are written,
 * where the data ends, and per KPI how rows become values.
 */
import { z } from 'zod';
import { WEEKDAYS } from './calendar.js';

const Column = z.string().min(1).describe('A column name as the export\'s header writes it.');

export const FilterSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]))
    .describe('Rows whose columns equal these values (one of them, for a list); every column must match.');

const Where = { where: FilterSchema.optional().describe('Only rows matching this filter count.') };
const DateColumn = { date: Column.optional().describe('The date column for this KPI (default: the source\'s date column).') };

export const KpiRuleSchema = z.union([
    z.object({ count: FilterSchema.describe('Each row matching the filter counts 1.'), ...DateColumn }).strict(),
    z.object({ sum: Column.describe('The column\'s number is the value.'), ...Where, ...DateColumn }).strict(),
    z.object({
        ratio: z.object({
            numerator: FilterSchema.describe('Rows counted above the line (e.g. won).'),
            denominator: FilterSchema.describe('Rows counted below the line (e.g. closed).')
        }).strict(),
        ...DateColumn
    }).strict(),
    z.object({
        daysBetween: z.object({ from: Column, to: Column }).strict().describe('Calendar days from one date column to another.'),
        ...Where, ...DateColumn
    }).strict()
]);

export const SourceSchema = z.object({
    columns: z.object({ date: Column, seller: Column, team: Column, persona: Column.optional() }).strict(),
    dateFormat: z.string().regex(/^(?=.*y)(?=.*M)(?=.*d)[yMd]+[^yMd]?[yMd]+[^yMd]?[yMd]+$/).default('yyyy-MM-dd')
        .describe('How dates are written, with yyyy, M or MM, d or dd: "M/d/yyyy" as Salesforce exports them.'),
    decimalSeparator: z.enum(['.', ',']).optional()
        .describe('How the export writes the numbers `sum` reads: "." for 1,234.56 (the default), "," for 1.234,56; a currency symbol or code beside them is ignored. Required for a semicolon-separated export with a sum.'),
    endAtBlankLine: z.boolean().default(false)
        .describe('Stop at the first blank line: Salesforce report exports end with a blank line and a footer.'),
    kpis: z.record(z.string(), KpiRuleSchema).describe('KPI name in the model -> how rows become its values.')
}).strict();

export const CoachingConfigSchema = z.object({
    workingDays: z.array(z.enum(WEEKDAYS)).min(1).optional()
        .describe('Working days of the week, for per day / per week targets (default: mon to fri).'),
    sources: z.record(z.string(), SourceSchema).optional()
        .describe('Named mappings for CRM exports; pick one with wpcm coach --source NAME.')
}).strict();

export type Source = z.infer<typeof SourceSchema>;

/**
 * The mapping called `name` (`wpcm coach --source`, the editor's
 * `wpcm.coaching.source`); an unknown name is an error naming the known ones.
 */
export function sourceNamed(sources: Readonly<Record<string, Source>> | undefined, name: string): Source {
    const source = sources?.[name];
    if (source) return source;
    const known = Object.keys(sources ?? {});
    throw new Error(`no source '${name}' in coaching.sources of the config${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`);
}
export type KpiRule = z.infer<typeof KpiRuleSchema>;
export type Filter = z.infer<typeof FilterSchema>;
export type CoachingConfig = z.infer<typeof CoachingConfigSchema>;
