/**
 * What a motion asks of the seller besides its KPIs: the criteria that must
 * hold to complete it (`requires { ... }`, the framework's qualification
 * criteria) and the questions to ask (`question "..."`). Shown with the motion
 * in the dashboard, the preview and the outlines of the modules that support it.
 */
import type { Motion } from '../generated/ast.js';

/** The `requires` items of a motion, in model order, without repeats. */
export function criteriaOf(motion: Motion): string[] {
    return [...new Set(motion.requires.flatMap(r => r.items))];
}

export function questionsOf(motion: Motion): string[] {
    return [...new Set(motion.questions)];
}
