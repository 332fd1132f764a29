/**
 * Every rule, in catalogue order (the order of the README table, the rule
 * pages index and SARIF `rules`). Adding a rule: write `rules/<code>.ts`,
 * list it here, add its fixtures under `tests/rules/<code>/`, then run
 * `npm run build` to regenerate the pages, the README table and the
 * extension's settings (a test fails until you do).
 */
import { causeNoCell } from './cause-no-cell.js';
import { causeUnaddressed } from './cause-unaddressed.js';
import { competencyNoMotion } from './competency-no-motion.js';
import { competencyNotHowTo } from './competency-not-how-to.js';
import { duplicateClause } from './duplicate-clause.js';
import { duplicateModelHeader } from './duplicate-model-header.js';
import { duplicateName } from './duplicate-name.js';
import { environmentUnexamined } from './environment-unexamined.js';
import { gapLevelUncovered } from './gap-level-uncovered.js';
import { gapNoCause } from './gap-no-cause.js';
import { gapNoEvaluation } from './gap-no-evaluation.js';
import { gapNoPerformance } from './gap-no-performance.js';
import { gapPerformanceUnaffected } from './gap-performance-unaffected.js';
import { gapTrainingOnly } from './gap-training-only.js';
import { interventionMisfit } from './intervention-misfit.js';
import { kpiNoNumericTarget } from './kpi-no-numeric-target.js';
import { kpiNoSource } from './kpi-no-source.js';
import { kpiTargetAmbiguousUnit } from './kpi-target-ambiguous-unit.js';
import { kpiTargetNoPeriod } from './kpi-target-no-period.js';
import { kpiTargetOutOfRange } from './kpi-target-out-of-range.js';
import { moduleNoValue } from './module-no-value.js';
import { motionNoCompetency } from './motion-no-competency.js';
import { motionNoGoal } from './motion-no-goal.js';
import { motionNoKpi } from './motion-no-kpi.js';
import { motionNounPhrase } from './motion-noun-phrase.js';
import { performanceUnitMismatch } from './performance-unit-mismatch.js';
import { personaNoMotion } from './persona-no-motion.js';
import type { Rule } from './rule.js';
import { syntaxError } from './syntax-error.js';
import { unknownRuleCode } from './unknown-rule-code.js';
import { unknownValue } from './unknown-value.js';
import { unresolvedReference } from './unresolved-reference.js';

export const ALL_RULES: readonly Rule[] = [
    motionNounPhrase,
    kpiNoNumericTarget,
    motionNoKpi,
    motionNoGoal,
    kpiNoSource,
    kpiTargetNoPeriod,
    kpiTargetOutOfRange,
    kpiTargetAmbiguousUnit,
    competencyNotHowTo,
    competencyNoMotion,
    motionNoCompetency,
    moduleNoValue,
    unknownValue,
    personaNoMotion,
    gapTrainingOnly,
    gapLevelUncovered,
    gapNoPerformance,
    performanceUnitMismatch,
    gapPerformanceUnaffected,
    gapNoCause,
    causeNoCell,
    causeUnaddressed,
    interventionMisfit,
    environmentUnexamined,
    gapNoEvaluation,
    duplicateName,
    duplicateClause,
    duplicateModelHeader,
    unresolvedReference,
    unknownRuleCode,
    syntaxError
];

const byCode = new Map<string, Rule>(ALL_RULES.map(rule => [rule.code, rule]));

export function findRule(code: string): Rule | undefined {
    return byCode.get(code);
}

/** Codes that can never be switched off or suppressed: the model would be unreadable. */
export const UNSUPPRESSIBLE_CODES: ReadonlySet<string> = new Set(ALL_RULES.filter(rule => rule.suppressible === false).map(rule => rule.code));

export { syntaxError, unresolvedReference };
export type { Rule, RuleDocs, Severity, SeveritySetting } from './rule.js';
