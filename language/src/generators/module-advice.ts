/**
 * What an instructional designer needs beyond the model's words: why a format
 * fits, a suggested format when the model names none, what a practice kind
 * means, and a coach's role in plain words.
 */
import type { Coach, Competency } from '../generated/ast.js';
import type { Practice } from '../model/values.js';
import { COACH_ROLES, FORMATS, knownValue, PRACTICES } from '../model/values.js';

// Titles that describe working through a system or a procedure suit an infographic.
const PROCESS_WORDS = /\b(enter|entering|log|record|update|submit|fill|file|set up|configure|register|book|process|procedure|steps?|system|crm|workflow|form)\b/i;

export interface FormatAdvice {
    /** Formats the model names, each with why it fits (when known). */
    given: Array<{ format: string; reason?: string }>;
    /** Only when the model names none. */
    suggested?: { format: 'video' | 'infographic'; reason: string };
}

export function formatAdvice(competency: Competency): FormatAdvice {
    if (competency.formats.length > 0) {
        return { given: [...new Set(competency.formats)].map(format => ({ format, ...reasonFor(format) })) };
    }
    const format = PROCESS_WORDS.test(competency.title) ? 'infographic' : 'video';
    return { given: [], suggested: { format, reason: knownValue(FORMATS, format)!.description } };
}

function reasonFor(format: string): { reason?: string } {
    const known = knownValue(FORMATS, format);
    return known ? { reason: known.description } : {};
}

export type { Practice } from '../model/values.js';

/** A known practice kind (`roleplay`, `role-play`, `record`...), or undefined for free text. */
export function knownPractice(practice: string): Practice | undefined {
    return knownValue(PRACTICES, practice);
}

/** When the model names no practice: role-play for conversations, a walk-through for a process. */
export function suggestedPractice(competency: Competency): Practice {
    return formatAdvice(competency).suggested?.format === 'infographic' || competency.formats.some(f => f.toLowerCase() === 'infographic')
        ? knownValue(PRACTICES, 'walkthrough')!
        : knownValue(PRACTICES, 'roleplay')!;
}

export function coachRole(coach: Coach): string | undefined {
    return coach.role ? knownValue(COACH_ROLES, coach.role)?.description ?? coach.role : undefined;
}
