import type { ValidationAcceptor } from 'langium';
import type { Kpi, NumericTarget } from '../generated/ast.js';
import { isTextTarget } from '../generated/ast.js';
import { targetValue } from '../model/targets.js';
import { RULES } from '../rules.js';
import { report } from './report.js';

export class KpiValidator {

    checkNumericTarget(kpi: Kpi, accept: ValidationAcceptor): void {
        if (!kpi.name) return;
        if (!kpi.target) {
            report(accept, RULES.kpiNoNumericTarget,
                `KPI '${kpi.name}' has no target; add one such as "target >= 10 per week".`,
                { node: kpi, property: 'name' });
        } else if (isTextTarget(kpi.target) && kpi.target.text !== undefined) {
            report(accept, RULES.kpiNoNumericTarget,
                `Target "${kpi.target.text}" of KPI '${kpi.name}' is not a number; state it as a comparator and a number, e.g. "target >= 4.5".`,
                { node: kpi.target });
        }
    }

    checkSource(kpi: Kpi, accept: ValidationAcceptor): void {
        if (kpi.source || !kpi.name) return;
        report(accept, RULES.kpiNoSource,
            `KPI '${kpi.name}' is not measured anywhere; add "measured in <System>".`,
            { node: kpi, property: 'name' });
    }

    checkTarget(target: NumericTarget, accept: ValidationAcceptor): void {
        if (!target.value?.amount || (target.between && !target.upper?.amount)) return;
        const value = targetValue(target);
        const kpi = target.$container.name;
        if (value.comparison === 'between' && value.upper !== undefined && value.value > value.upper) {
            report(accept, RULES.kpiTargetOutOfRange,
                `KPI '${kpi}': the range is reversed (${value.value} > ${value.upper}); write the lower bound first.`,
                { node: target });
            return;
        }
        const bounds = value.upper === undefined ? [value.value] : [value.value, value.upper];
        if (value.kind === 'percent' && bounds.some(v => v < 0 || v > 100)) {
            report(accept, RULES.kpiTargetOutOfRange,
                `KPI '${kpi}': a percentage must lie between 0 and 100.`,
                { node: target });
        } else if ((value.kind === 'count' || value.kind === 'duration') && bounds.some(v => v < 0)) {
            report(accept, RULES.kpiTargetOutOfRange,
                `KPI '${kpi}': a ${value.kind === 'count' ? 'count' : 'duration'} cannot be negative.`,
                { node: target });
        } else if (value.kind === 'count' && !value.period && !value.perTerm) {
            report(accept, RULES.kpiTargetNoPeriod,
                `KPI '${kpi}': say what the count is per, e.g. "per week" or "per <Term>".`,
                { node: target });
        }
    }
}
