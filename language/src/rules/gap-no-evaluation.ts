/** gap-no-evaluation: nobody named the KPIs that will show whether the interventions worked. */
import { quickFix } from '../lsp/fixes/context.js';
import { gapOf } from './gap-fixes.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { kpisOfGap } from '../model/gaps.js';
import { defineRule } from './rule.js';

export const gapNoEvaluation = defineRule({
    code: 'gap-no-evaluation',
    severity: 'info',
    summary: 'A gap with interventions names no KPI in `evaluated by`.',
    docs: {
        why: 'Evaluation closes the HPT cycle: name the KPIs that will show whether the interventions closed the gap, '
            + 'so someone looks at them after the change. Without it nobody will know whether the interventions worked.',
        bad: 'gap ForecastReliability "Forecasts beyond 30 days are unreliable" {\n    performance Forecast is 45 %\n    intervention process "Weekly pipeline review from CRM reports" addresses process\n}',
        good: 'gap ForecastReliability "Forecasts beyond 30 days are unreliable" {\n    performance Forecast is 45 %\n    intervention process "Weekly pipeline review from CRM reports" addresses process\n    evaluated by Forecast\n}',
        fix: 'Add `evaluated by <Kpi>, ...`. The quick fix names the KPIs of the gap\'s `performance` lines (else those of the motions it affects).'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name || gap.evaluatedBy.length > 0 || gap.interventions.length === 0) return;
            context.report(`Gap '${gap.name}' names no KPI to evaluate its interventions: add "evaluated by <Kpi>" so someone will know whether they worked.`,
                { node: gap, property: 'name' });
        }
    },
    fixes: [context => {
        const gap = gapOf(context);
        const kpis = gap ? kpisOfGap(gap).map(k => k.name).filter(Boolean) : [];
        if (!gap || kpis.length === 0) return [];
        const clause = `evaluated by ${kpis.join(', ')}`;
        return quickFix(context, `Add "${clause}"`, [insertClauses(context.document, gap, [clause], 'end')], true);
    }]
});
