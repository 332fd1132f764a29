import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Motion } from '../generated/ast.js';
import { analyzeMotionTitle, suggestVerbPhrase } from '../phrases/index.js';
import { RULES } from '../rules.js';
import type { WorkspaceFacts } from '../workspace-facts.js';
import { report } from './report.js';

export class MotionValidator {
    constructor(private readonly facts: WorkspaceFacts) {}

    checkTitleIsVerbPhrase(motion: Motion, accept: ValidationAcceptor): void {
        if (!motion.title?.trim()) return;
        const analysis = analyzeMotionTitle(motion.title);
        if (analysis.isVerbPhrase) return;
        const suggestion = suggestVerbPhrase(motion.title);
        const advice = suggestion
            ? `write it as an action, e.g. "${suggestion}"`
            : 'start it with the verb for what the seller does, e.g. "Qualify the lead"';
        report(accept, RULES.motionNounPhrase,
            `Motion title "${motion.title}" is a noun phrase (${analysis.reason}); ${advice}.`,
            { node: motion, property: 'title', data: suggestion ? { suggestion } : {} });
    }

    checkHasGoal(motion: Motion, accept: ValidationAcceptor): void {
        if (motion.goal !== undefined || !motion.name) return;
        report(accept, RULES.motionNoGoal,
            `Motion '${motion.name}' has no goal; add goal "..." saying what the motion achieves.`,
            { node: motion, property: 'name' });
    }

    checkHasKpi(motion: Motion, accept: ValidationAcceptor): void {
        if (motion.kpis.length > 0 || !motion.name) return;
        report(accept, RULES.motionNoKpi,
            `Motion '${motion.name}' has no KPI; add a kpi with a numeric target measured in a system.`,
            { node: motion, property: 'name' });
    }

    checkHasCompetency(motion: Motion, accept: ValidationAcceptor): void {
        if (!motion.name || this.facts.isSupported(motion.name, this.facts.modelOf(AstUtils.getDocument(motion).uri))) return;
        report(accept, RULES.motionNoCompetency,
            `No competency supports motion '${motion.name}'; add one with "supports ${motion.name}" to close the enablement gap.`,
            { node: motion, property: 'name' });
    }
}
