/**
 * What the dashboard preview shows of a coaching report: per KPI the
 * persona's sellers as a whole (median actual and attainment, how many are
 * below target, the teams where the miss is systemic), per motion its median
 * attainment. Read from the report `wpcm coach` writes, so the preview and
 * the report never disagree. Pure and browser-safe.
 */
import type { CoachingReport } from '../coaching/report-schema.js';
import { formatActual } from '../generators/coaching/format.js';
import { statusOf } from '../model/attainment.js';
import type { KpiActualsView, PreviewActuals } from '../protocol.js';

export function previewActuals(report: CoachingReport, personaId: string, file: string): PreviewActuals {
    const persona = report.personas.find(p => p.id === personaId);
    const kpis: Record<string, KpiActualsView> = {};
    const motions: Record<string, number | null> = {};
    for (const kpi of persona?.kpis ?? []) {
        const cells = persona!.sellers.map(s => s.kpis.find(k => k.id === kpi.id)!).filter(k => k.actual !== null);
        // The company comparison is the same for every seller of the persona: read it from any.
        const company = cells[0]?.company;
        const medianAttainment = company?.medianAttainment ?? null;
        kpis[kpi.id] = {
            sellers: cells.length,
            median: company?.median ?? null,
            medianText: formatActual(company?.median, kpi),
            medianAttainment,
            status: medianAttainment === null ? null : statusOf(medianAttainment, report.attainment),
            belowTarget: cells.filter(k => k.attainment !== null && k.attainment < 100).length,
            systemicTeams: persona!.systemicMisses.filter(m => m.kpi === kpi.id).map(m => m.team)
        };
    }
    for (const motion of persona?.motions ?? []) {
        motions[motion.id] = persona!.sellers[0]?.motions.find(m => m.id === motion.id)?.company ?? null;
    }
    return {
        kind: 'actuals', file, from: report.window.from, to: report.window.to, rowsUsed: report.rows.used,
        sellers: persona?.sellers.length ?? 0, kpis, motions
    };
}
