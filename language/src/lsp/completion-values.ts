/**
 * Words that are free identifiers in the grammar but have customary values:
 * units after a target number, module formats, practice kinds, coach roles,
 * reporting periods and intervention kinds. Completion offers these plus
 * whatever the workspace already uses, so a team's own vocabulary comes back
 * to it. Formats, practices, roles and periods are the documented lists of
 * model/values.ts.
 */
import { KNOWN_KINDS } from '../model/interventions.js';
import { COACH_ROLES, FORMATS, PRACTICES, REPORTING_PERIODS } from '../model/values.js';

const valuesOf = (list: ReadonlyArray<{ value: string }>) => list.map(v => v.value);

export const SUGGESTED_VALUES: Readonly<Record<string, readonly string[]>> = {
    unit: ['touches', 'calls', 'meetings', 'emails', 'demos', 'opportunities', 'deals', 'proposals', 'leads', 'days', 'hours', 'weeks'],
    formats: valuesOf(FORMATS),
    practices: valuesOf(PRACTICES),
    role: valuesOf(COACH_ROLES),
    reports: valuesOf(REPORTING_PERIODS),
    // The kind table (model/interventions.ts): completion shows what each kind fits.
    kind: KNOWN_KINDS
};
