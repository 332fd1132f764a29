/**
 * Human Performance Technology: which cause levels an intervention works on.
 * Training changes what performers know and can do; it cannot change
 * compensation, structure or a broken process.
 */
import type { Intervention, Level } from '../generated/ast.js';

export const LEVELS: readonly Level[] = ['organization', 'process', 'performer'];

const TRAINING_KINDS = new Set(['training', 'elearning', 'e-learning', 'course', 'workshop', 'microlearning', 'coaching']);

/** The level an intervention kind works on when it does not say `addresses`. */
const DEFAULT_LEVEL: Record<string, Level> = {
    training: 'performer', elearning: 'performer', 'e-learning': 'performer', course: 'performer',
    workshop: 'performer', microlearning: 'performer', coaching: 'performer', 'job-aid': 'performer',
    feedback: 'performer', selection: 'performer', hiring: 'performer',
    process: 'process', workflow: 'process', tooling: 'process', tools: 'process', automation: 'process',
    reporting: 'process', crm: 'process',
    organization: 'organization', compensation: 'organization', incentives: 'organization',
    incentive: 'organization', structure: 'organization', policy: 'organization', leadership: 'organization',
    culture: 'organization', strategy: 'organization'
};

export function isTraining(intervention: Intervention): boolean {
    return TRAINING_KINDS.has(intervention.kind?.toLowerCase() ?? '');
}

export function addressedLevels(intervention: Intervention): Level[] {
    if (intervention.addresses.length > 0) return intervention.addresses;
    const level = DEFAULT_LEVEL[intervention.kind?.toLowerCase() ?? ''];
    return level ? [level] : [];
}
