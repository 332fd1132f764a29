/**
 * The known values of the words the grammar leaves free: module formats,
 * practice kinds, coach roles and organization reporting periods. One list,
 * documented in the README, read by completion, hover, the module outlines
 * and the `unknown-value` rule (with a did-you-mean for a misspelt value).
 * Other values still parse: a team may have its own, and the rule is only info.
 * (Intervention kinds live in model/interventions.ts.)
 */
import { similarNames } from '../text/similar-names.js';

export interface KnownValue {
    readonly value: string;
    /** What it is, in a phrase that completes "<value>: ...". */
    readonly description: string;
    /** Other spellings that mean the same value ("role-play"). */
    readonly aliases?: readonly string[];
}

export interface Practice extends KnownValue {
    /** The practice as a heading in an outline ("Role-play before the call"). */
    readonly name: string;
}

export const FORMATS: readonly KnownValue[] = [
    { value: 'video', description: 'shows best practice, how top sellers handle the moment in their own words' },
    { value: 'infographic', description: 'lays out a process step by step, to keep at hand while doing it' },
    { value: 'checklist', description: 'a list to run through while doing the task' },
    { value: 'job-aid', description: 'a one-page reference to use on the job', aliases: ['jobaid'] },
    { value: 'article', description: 'a short read to come back to' },
    { value: 'podcast', description: 'to listen to on the way to a customer' },
    { value: 'webinar', description: 'a live session with time for questions, recorded for later', aliases: ['webcast'] },
    { value: 'elearning', description: 'a self-paced interactive course with a check at the end', aliases: ['e-learning'] }
];

export const PRACTICES: readonly Practice[] = [
    { value: 'roleplay', name: 'Role-play before the call', description: 'rehearse the words to say with a peer or your coach playing the customer, then swap roles', aliases: ['role-play', 'roleplaying', 'role-playing'] },
    { value: 'record', name: 'Record yourself', description: 'record yourself doing it (a call, a pitch, a demo) and go through the recording with your coach for feedback', aliases: ['recording'] },
    { value: 'shadowing', name: 'Shadow a top seller', description: 'join a live call, then debrief with your coach', aliases: ['shadow'] },
    { value: 'simulation', name: 'Simulation', description: 'work through a realistic case before doing it with a customer' },
    { value: 'walkthrough', name: 'Walk through it in the system', description: 'do it once in a sandbox or on a real record with the infographic at hand, with your coach checking the result', aliases: ['walk-through'] },
    { value: 'quiz', name: 'Quiz', description: 'answer a few questions to check you can apply it' }
];

export const COACH_ROLES: readonly KnownValue[] = [
    { value: 'sme', description: 'subject-matter expert' },
    { value: 'manager', description: 'sales manager' },
    { value: 'peer', description: 'peer coach' },
    { value: 'trainer', description: 'trainer' }
];

export const REPORTING_PERIODS: readonly KnownValue[] = [
    { value: 'weekly', description: 'reports every week' },
    { value: 'monthly', description: 'reports every month' },
    { value: 'quarterly', description: 'reports every quarter' },
    { value: 'yearly', description: 'reports every year', aliases: ['annually', 'annual'] }
];

/** The value lists by the clause that takes them, for completion, hover and the rule. */
export const VALUE_LISTS = {
    format: { what: 'format', values: FORMATS },
    practice: { what: 'practice', values: PRACTICES },
    role: { what: 'coach role', values: COACH_ROLES },
    reports: { what: 'reporting period', values: REPORTING_PERIODS }
} as const;

export type ValueClause = keyof typeof VALUE_LISTS;

/** Case, spaces, hyphens and underscores do not matter: "Role-Play" is roleplay. */
function normalize(text: string): string {
    return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The known value a word means, through its aliases; undefined for a value of the team's own. */
export function knownValue<V extends KnownValue>(values: readonly V[], text: string): V | undefined {
    const key = normalize(text);
    return values.find(v => normalize(v.value) === key || (v.aliases ?? []).some(a => normalize(a) === key));
}

/** Known values close to an unknown one, closest first. */
export function similarValues(values: readonly KnownValue[], text: string): string[] {
    return similarNames(text.toLowerCase(), values.map(v => v.value), 2);
}
