/**
 * The catalogue of WPCM diagnostics: stable codes, default severities and the
 * help text shown in SARIF, hovers and docs. Everything that reports,
 * configures or documents a rule reads it from here.
 */
import { HPT_RULES } from './rules/hpt.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RuleInfo {
    readonly code: string;
    readonly severity: Severity;
    /** One sentence: what the rule checks. */
    readonly summary: string;
    /** Why it matters and how to fix it. */
    readonly help: string;
}

function rule(code: string, severity: Severity, summary: string, help: string): RuleInfo {
    return { code, severity, summary, help };
}

export const RULES = {
    motionNounPhrase: rule('motion-noun-phrase', 'warning',
        'A motion title is a noun phrase, not an action verb phrase.',
        'Motions are what a seller does. Start the title with a verb ("Close the deal", not "Deal closure").'),
    kpiNoNumericTarget: rule('kpi-no-numeric-target', 'warning',
        'A KPI has no target, or a target that is not a number.',
        'Give the KPI a numeric target such as `target >= 60 touches per day` so a dashboard can measure attainment.'),
    motionNoKpi: rule('motion-no-kpi', 'warning',
        'A motion has no KPI.',
        'Add at least one `kpi` so managers can see where in the workflow a seller underperforms.'),
    motionNoGoal: rule('motion-no-goal', 'warning',
        'A motion has no goal.',
        'Add a `goal "..."` that says what the motion achieves, in the terms the company defines.'),
    kpiNoSource: rule('kpi-no-source', 'warning',
        'A KPI is not measured in any system.',
        'Add `measured in <System>`: a KPI nobody can measure is not a KPI.'),
    kpiTargetNoPeriod: rule('kpi-target-no-period', 'info',
        'A count target has no period or term.',
        'Say what the count is per: `per day|week|month|quarter|year` or `per <Term>`.'),
    kpiTargetOutOfRange: rule('kpi-target-out-of-range', 'error',
        'A target value is impossible.',
        'Percentages lie between 0 and 100, counts are not negative, and `between A and B` needs A <= B.'),
    competencyNotHowTo: rule('competency-not-how-to', 'info',
        'A competency title does not start with "How to" or "When to".',
        'Title a micro-learning module by the one thing it teaches: "How to overcome objections".'),
    competencyNoMotion: rule('competency-no-motion', 'warning',
        'A competency supports no motion.',
        'Add `supports <Motion>` so the module is tied to a place in the workflow and the KPIs it moves.'),
    motionNoCompetency: rule('motion-no-competency', 'info',
        'No competency supports this motion (an enablement gap).',
        'Add a competency with `supports <Motion>`, here or in any file of the workspace.'),
    moduleNoValue: rule('module-no-value', 'info',
        'A competency has no value statement.',
        'Add `value "..."`: the first thing a module says is why the seller should care.'),
    personaNoMotion: rule('persona-no-motion', 'error',
        'A persona has no motions.',
        'Describe the persona\'s workflow as `motion` blocks in workflow order.'),
    gapTrainingOnly: rule('gap-training-only', 'warning',
        'A gap with organization- or process-level causes is addressed by training only.',
        'Training cannot fix compensation, structure or broken processes: add an intervention that addresses those levels.'),
    gapLevelUncovered: rule('gap-level-uncovered', 'info',
        'A cause level is not addressed by any intervention.',
        'Add an intervention with `addresses <level>` for each level that has a cause.'),
    duplicateName: rule('duplicate-name', 'error',
        'Two elements of the same kind share a name.',
        'Names are global across the workspace; rename one of them.'),
    duplicateClause: rule('duplicate-clause', 'error',
        'A clause that may appear once appears more than once.',
        'Keep one of them; the others would be ignored.'),
    duplicateModelHeader: rule('duplicate-model-header', 'error',
        'A file has more than one `model` header.',
        'A file describes one model; keep one `model "..."` line.'),
    unresolvedReference: rule('unresolved-reference', 'error',
        'A name does not refer to anything defined in the workspace.',
        'Check the spelling, or define the element in any .wpcm file of the workspace.'),
    syntaxError: rule('syntax-error', 'error',
        'The text does not follow the WPCM grammar.',
        'Fix the text at the position shown; see the examples for the layout of each block.')
} as const satisfies Record<string, RuleInfo>;

// Temporary: the HPT rule modules (rules/hpt.ts) until rules/index.ts lists every rule.
export const ALL_RULES: readonly RuleInfo[] = [
    ...Object.values(RULES),
    ...HPT_RULES.filter(r => !Object.values(RULES).some(o => o.code === r.code)).map(r => rule(r.code, r.severity, r.summary, r.docs.fix))
];

const byCode = new Map<string, RuleInfo>(ALL_RULES.map(r => [r.code, r]));

export function findRule(code: string): RuleInfo | undefined {
    return byCode.get(code);
}

/** Codes that can never be switched off or suppressed: the model would be unreadable. */
export const UNSUPPRESSIBLE_CODES: ReadonlySet<string> = new Set([RULES.syntaxError.code]);
