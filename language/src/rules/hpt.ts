/** The HPT cause-analysis rules (issue 11), in the order their findings read best. */
import { causeNoCell } from './cause-no-cell.js';
import { causeUnaddressed } from './cause-unaddressed.js';
import { environmentUnexamined } from './environment-unexamined.js';
import { gapLevelUncovered } from './gap-level-uncovered.js';
import { gapNoCause } from './gap-no-cause.js';
import { gapNoEvaluation } from './gap-no-evaluation.js';
import { gapNoPerformance } from './gap-no-performance.js';
import { gapTrainingOnly } from './gap-training-only.js';
import { interventionMisfit } from './intervention-misfit.js';
import type { Rule } from './rule.js';

export const HPT_RULES: readonly Rule[] = [
    gapNoPerformance, gapNoCause, causeNoCell, causeUnaddressed, interventionMisfit,
    environmentUnexamined, gapNoEvaluation, gapTrainingOnly, gapLevelUncovered
];
