/**
 * What an instructional designer needs beyond the model's words: why a format
 * fits, a suggested format when the model names none, what a practice kind
 * means, and a coach's role in plain words.
 */
import type { Coach, Competency } from '../generated/ast.js';

const FORMAT_REASONS: Record<string, string> = {
    video: 'shows best practice, how top sellers handle the moment in their own words',
    infographic: 'lays out a process step by step, to keep at hand while doing it',
    checklist: 'a list to run through while doing the task',
    podcast: 'to listen to on the way to a customer',
    article: 'a short read to come back to'
};

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
    return { given: [], suggested: { format, reason: FORMAT_REASONS[format]! } };
}

function reasonFor(format: string): { reason?: string } {
    const reason = FORMAT_REASONS[format.toLowerCase()];
    return reason ? { reason } : {};
}

export interface Practice {
    name: string;
    how: string;
}

const PRACTICES: Record<string, Practice> = {
    roleplay: { name: 'Role-play before the call', how: 'rehearse the words to say with a peer or your coach playing the customer, then swap roles' },
    shadowing: { name: 'Shadow a top seller', how: 'join a live call, then debrief with your coach' },
    simulation: { name: 'Simulation', how: 'work through a realistic case before doing it with a customer' },
    walkthrough: { name: 'Walk through it in the system', how: 'do it once in a sandbox or on a real record with the infographic at hand, with your coach checking the result' },
    quiz: { name: 'Quiz', how: 'answer a few questions to check you can apply it' }
};

/** A known practice kind (`roleplay`, `role-play`, `shadowing`...), or undefined for free text. */
export function knownPractice(practice: string): Practice | undefined {
    const key = practice.toLowerCase().replace(/[\s_-]+/g, '');
    return PRACTICES[key === 'roleplaying' ? 'roleplay' : key];
}

/** When the model names no practice: role-play for conversations, a walk-through for a process. */
export function suggestedPractice(competency: Competency): Practice {
    return formatAdvice(competency).suggested?.format === 'infographic' || competency.formats.some(f => f.toLowerCase() === 'infographic')
        ? PRACTICES.walkthrough!
        : PRACTICES.roleplay!;
}

const ROLES: Record<string, string> = {
    sme: 'subject-matter expert',
    expert: 'subject-matter expert',
    manager: 'sales manager',
    peer: 'peer coach',
    trainer: 'trainer'
};

export function coachRole(coach: Coach): string | undefined {
    return coach.role ? ROLES[coach.role.toLowerCase()] ?? coach.role : undefined;
}
