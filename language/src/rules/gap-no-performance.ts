/** gap-no-performance: performance analysis comes first; without a current value the gap has no size. */
import { defineRule } from './rule.js';

export const gapNoPerformance = defineRule({
    code: 'gap-no-performance',
    severity: 'warning',
    summary: 'A gap states no current performance, so its size is unknown.',
    docs: {
        why: 'HPT starts with performance analysis: the distance between desired and current performance. '
            + 'Without `performance <Kpi> is <value>` nobody can say how large the gap is, whether it is worth closing, '
            + 'or later whether the interventions closed it. The KPI\'s target is the desired performance.',
        bad: 'gap ForecastReliability "Forecasts beyond 30 days are unreliable" {\n    affects LoanSeller\n    cause process "Managers do not run meetings from CRM reports." as information\n}',
        good: 'gap ForecastReliability "Forecasts beyond 30 days are unreliable" {\n    affects LoanSeller\n    performance Forecast is 45 %\n    cause process "Managers do not run meetings from CRM reports." as information\n}',
        fix: 'Add a `performance` line per KPI the gap shows on, with the value measured today. There is no quick fix: the number has to come from the data.'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name || gap.performances.length > 0) return;
            context.report(`Gap '${gap.name}' states no current performance: add "performance <Kpi> is <value>" so its size is known (performance analysis comes first).`,
                { node: gap, property: 'name' });
        }
    }
});
