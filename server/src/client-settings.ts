/**
 * The editor's `wpcm.rules` setting: the same severity overrides as the
 * `rules` of wpcm.config.json, applied on top of it. Entries with an unknown
 * code or severity are ignored and named once, so one typo does not throw
 * away the rest of the user's settings.
 */
import type { SeveritySetting, WpcmConfig } from '@wpcm/language';
import { findRule, SeveritySettingSchema } from '@wpcm/language';

export interface ClientRules {
    config: WpcmConfig | undefined;
    /** One line per ignored entry. */
    problems: string[];
}

export function clientRules(value: unknown): ClientRules {
    if (value === undefined || value === null) return { config: undefined, problems: [] };
    if (typeof value !== 'object' || Array.isArray(value)) {
        return { config: undefined, problems: ['wpcm.rules must be an object mapping rule codes to severities'] };
    }
    const rules: Record<string, SeveritySetting> = {};
    const problems: string[] = [];
    for (const [code, severity] of Object.entries(value)) {
        const parsed = SeveritySettingSchema.safeParse(severity);
        if (!findRule(code)) problems.push(`wpcm.rules: unknown rule "${code}"`);
        else if (!parsed.success) problems.push(`wpcm.rules.${code}: "${String(severity)}" is not one of error, warning, info, hint, off`);
        else rules[code] = parsed.data;
    }
    return { config: { rules }, problems };
}
