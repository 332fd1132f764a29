/**
 * Persona -> dashboard: one section per motion in workflow order, one widget
 * per KPI. Targets are read through model/targets.ts, so the dashboard means
 * exactly what the linter and the hovers say a target means.
 */
import type { Attainment as AttainmentThresholds } from '../config/config-schema.js';
import type { Kpi, Motion } from '../generated/ast.js';
import { isTextTarget } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { criteriaOf, questionsOf } from './motion-criteria.js';
import type { TargetValue } from '../model/targets.js';
import { describeTarget, targetValue } from '../model/targets.js';
import type { Attainment, Dashboard, Section, Target, Widget } from './dashboard-schema.js';
import { ATTAINMENT_FORMULAS, MODE_OF } from '../model/attainment.js';
import { DASHBOARD_FORMAT_VERSION, DASHBOARD_SCHEMA_FILE, validateDashboard } from './dashboard-schema.js';
import type { PersonaEntry } from './model-view.js';

export const COMPARISONS = ['individual', 'team', 'company'] as const;

function targetData(value: TargetValue): Target {
    return {
        comparator: value.comparison,
        value: value.value,
        ...(value.upper !== undefined ? { upper: value.upper } : {}),
        kind: value.kind,
        ...(value.unit ? { unit: value.unit } : {}),
        ...(value.currency ? { currency: value.currency } : {}),
        ...(value.period ? { period: value.period as Target['period'] } : {}),
        ...(value.perTerm ? { perTerm: value.perTerm } : {}),
        text: describeTarget(value)
    };
}

function attainmentOf(target: Target): Attainment {
    const mode = MODE_OF[target.comparator];
    if (mode === 'band') return { mode, formula: ATTAINMENT_FORMULAS.band, low: target.value, high: target.upper ?? target.value };
    return { mode, formula: ATTAINMENT_FORMULAS[mode] } as Attainment;
}

function widgetOf(kpi: Kpi): Widget {
    const value = targetValue(kpi.target);
    const target = value ? targetData(value) : null;
    const system = kpi.source?.ref;
    return {
        id: kpi.name,
        title: kpi.title,
        ...(kpi.counts !== undefined ? { counts: kpi.counts } : {}),
        hasTarget: target !== null,
        target,
        ...(isTextTarget(kpi.target) ? { statedTarget: kpi.target.text } : {}),
        system: system ? { id: system.name, title: system.title ?? system.name } : null,
        comparisons: [...COMPARISONS],
        attainment: target ? attainmentOf(target) : null
    };
}

function sectionOf(motion: Motion, index: number): Section {
    const widgets = motion.kpis.map(widgetOf);
    const criteria = criteriaOf(motion);
    const questions = questionsOf(motion);
    return {
        step: index + 1, id: motion.name, title: motion.title, goal: motion.goal ?? null,
        ...(criteria.length > 0 ? { criteria } : {}),
        ...(questions.length > 0 ? { questions } : {}),
        hasKpis: widgets.length > 0, widgets
    };
}

export function thresholdsOf(attainment: AttainmentThresholds): Dashboard['attainment'] {
    return {
        unit: 'percent',
        red: { below: attainment.amber },
        amber: { from: attainment.amber, below: attainment.green },
        green: { from: attainment.green }
    };
}

/** The dashboard of one persona, validated by the dashboard schema (throws if it does not conform). */
export function dashboardOf(entry: PersonaEntry, attainment: AttainmentThresholds): Dashboard {
    const { persona } = entry;
    const sections = motionsOf(persona).map(sectionOf);
    const widgets = sections.flatMap(s => s.widgets);
    const withoutKpis = sections.filter(s => !s.hasKpis).map(s => s.id);
    const withoutTarget = widgets.filter(w => !w.hasTarget).map(w => w.id);
    return validateDashboard({
        $schema: `./${DASHBOARD_SCHEMA_FILE}`,
        formatVersion: DASHBOARD_FORMAT_VERSION,
        persona: {
            id: persona.name,
            title: persona.title ?? persona.name,
            ...(persona.description !== undefined ? { description: persona.description } : {}),
            ...(entry.model !== undefined ? { model: entry.model } : {})
        },
        attainment: thresholdsOf(attainment),
        summary: {
            motionCount: sections.length,
            kpiCount: widgets.length,
            motionsWithoutKpis: { count: withoutKpis.length, motions: withoutKpis },
            kpisWithoutTarget: { count: withoutTarget.length, kpis: withoutTarget }
        },
        sections
    });
}
