/** A KPI nobody can measure is not a KPI: it names the system it is measured in. */
import { isKpi } from '../generated/ast.js';
import { containerOf, quickFix, systemsByUse } from '../lsp/fixes/context.js';
import { insertClauses } from '../lsp/fixes/text-edits.js';
import { defineRule } from './rule.js';

export const kpiNoSource = defineRule({
    code: 'kpi-no-source',
    severity: 'warning',
    summary: 'A KPI is not measured in any system.',
    docs: {
        why: 'Sales operations feed the dashboard from the company\'s systems (CRM, engagement platform, surveys). A KPI that names no system has no data source, so nobody can build its panel or check its actuals.',
        bad: 'kpi WinRate "Win rate" {\n    target >= 75 %\n}',
        good: 'system CRM "Salesforce"\n\nkpi WinRate "Win rate" {\n    target >= 75 %\n    measured in CRM\n}',
        fix: 'Add `measured in <System>`, declaring the system with `system <Name> "..."` if needed. The quick fixes offer the systems visible from the file, the one its KPIs use most first.'
    },
    checks: {
        Kpi(kpi, context) {
            if (kpi.source || !kpi.name) return;
            context.report(`KPI '${kpi.name}' is not measured anywhere; add "measured in <System>".`,
                { node: kpi, property: 'name' });
        }
    },
    fixes: [
        /** One action per visible system, the most used first (and preferred). */
        function addSource(context) {
            const kpi = containerOf(context, isKpi);
            if (!kpi) return [];
            return systemsByUse(context).slice(0, 5).flatMap((system, index) =>
                quickFix(context, `Add "measured in ${system}"`, [insertClauses(context.document, kpi, [`measured in ${system}`], 'end')], index === 0));
        }
    ]
});
