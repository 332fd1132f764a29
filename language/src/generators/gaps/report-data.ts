/**
 * A gap's report as data, from the one gap analysis (model/gaps.ts): what
 * the JSON format writes and what the HTML and Markdown reports render, so
 * the three always say the same. Strings here are plain text; each renderer
 * escapes them for its format.
 */
import type { Cause, Gap, Kpi, System } from '../../generated/ast.js';
import { isPersona } from '../../generated/ast.js';
import type { GapAnalysis, PerformanceAnalysis } from '../../model/gaps.js';
import { affected, analyzeGap, CELLS, describeCurrent, describeGapSize, LEVELS } from '../../model/gaps.js';
import { motionsOf } from '../../model/elements.js';
import { cellsOf } from '../../model/interventions.js';
import { describeTarget, targetValue } from '../../model/targets.js';
import { findings } from './findings.js';
import { questions } from './questions.js';
import type { GapReport } from './schema.js';
import { GAPS_FORMAT_VERSION, GAPS_SCHEMA_FILE } from './schema.js';

function named(element: { name: string; title?: string } | undefined): { id: string; title: string } | null {
    return element ? { id: element.name, title: element.title ?? element.name } : null;
}

function systemOf(kpi: Kpi | undefined): { id: string; title: string } | null {
    const system: System | undefined = kpi?.source?.ref;
    return named(system);
}

function desiredOf(kpi: Kpi | undefined): string | null {
    const target = kpi && targetValue(kpi.target);
    return target ? describeTarget(target) : null;
}

function kpiGap(p: PerformanceAnalysis): GapReport['performance']['kpis'][number] {
    const known = p.size !== undefined && p.target !== undefined;
    return {
        id: p.kpi?.name ?? p.performance.kpi?.$refText ?? '?',
        title: p.kpi?.title ?? p.performance.kpi?.$refText ?? '?',
        system: systemOf(p.kpi),
        desired: desiredOf(p.kpi),
        current: describeCurrent(p.performance),
        currentValue: Number.isFinite(p.current) ? p.current : 0,
        gap: known ? describeGapSize(p.size!, p.target!) : null,
        gapValue: known ? p.size! : null,
        attainment: p.attainment === undefined || !Number.isFinite(p.attainment) ? null : Math.round(p.attainment * 10) / 10,
        ...(p.unknownBecause ? { unknownBecause: p.unknownBecause } : {})
    };
}

function indexesOf(items: readonly Cause[], all: readonly Cause[]): number[] {
    return items.map(item => all.indexOf(item));
}

export function gapReportData(gap: Gap, model: string | undefined, analysis: GapAnalysis = analyzeGap(gap)): GapReport {
    const { personas, motions } = affected(gap);
    const interventions = gap.interventions;
    const current = new Map(analysis.performances.filter(p => p.kpi).map(p => [p.kpi!, describeCurrent(p.performance)]));
    return {
        $schema: `./${GAPS_SCHEMA_FILE}`,
        kind: 'gap-report',
        version: GAPS_FORMAT_VERSION,
        id: gap.name,
        title: gap.title,
        model: model ?? null,
        performance: {
            personas: personas.map(p => ({ ...named(p)!, motions: motionsOf(p).map(m => named(m)!) })),
            motions: motions.map(m => ({ id: m.name, title: m.title, persona: isPersona(m.$container) ? named(m.$container) : null })),
            kpis: analysis.performances.map(kpiGap)
        },
        causes: analysis.causes.map(c => ({
            level: c.cause.level,
            cell: c.cause.cell ?? null,
            text: c.cause.text,
            addressed: c.fittedBy.length > 0,
            fittedBy: c.fittedBy.map(i => interventions.indexOf(i))
        })),
        grid: LEVELS.map(level => ({ level, cells: CELLS.map(cell => ({ cell, state: analysis.grid[level][cell] })) })),
        interventions: analysis.interventions.map(i => ({
            kind: i.intervention.kind,
            title: i.intervention.title,
            levels: [...i.levels],
            training: i.training,
            fitsCells: cellsOf(i.intervention) ? [...cellsOf(i.intervention)!] : null,
            addresses: indexesOf(i.addresses, gap.causes),
            fits: indexesOf(i.fits, gap.causes),
            misfit: i.misfit
        })),
        findings: findings(analysis),
        questions: questions(analysis),
        evaluation: analysis.evaluation.map(kpi => ({
            id: kpi.name, title: kpi.title, desired: desiredOf(kpi), current: current.get(kpi) ?? null, system: systemOf(kpi)
        }))
    };
}
