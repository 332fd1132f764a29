/**
 * Words that are free identifiers in the grammar but have customary values:
 * units after a target number, module formats, practice kinds, coach roles
 * and intervention kinds. Completion offers these plus whatever the
 * workspace already uses, so a team's own vocabulary comes back to it.
 */
import { KNOWN_KINDS } from '../model/interventions.js';

export const SUGGESTED_VALUES: Readonly<Record<string, readonly string[]>> = {
    unit: ['touches', 'calls', 'meetings', 'emails', 'demos', 'opportunities', 'deals', 'proposals', 'leads', 'days', 'hours', 'weeks'],
    formats: ['video', 'infographic', 'article', 'checklist', 'podcast', 'webinar', 'job-aid', 'elearning'],
    practices: ['roleplay', 'shadowing', 'simulation', 'quiz'],
    role: ['sme', 'manager', 'peer', 'trainer'],
    // The kind table (model/interventions.ts): completion shows what each kind fits.
    kind: KNOWN_KINDS
};
