/**
 * What a hover says about each kind of element, as Markdown: the facts a
 * reader needs without jumping to the declaration (a term's definition, a
 * KPI's target in words and where it is measured, a motion's goal and KPIs,
 * a competency's value statement, a coach's expertise).
 */
import type { AstNode, LangiumCoreServices } from 'langium';
import type { Coach, Competency, Gap, Kpi, Motion, Organization, Persona, System, Term, WpcmAstType } from '../generated/ast.js';
import { isMotion, isTextTarget } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { analyzeGap, describeCurrent, describeGapSize } from '../model/gaps.js';
import { describeTarget, targetValue } from '../model/targets.js';
import type { ElementType } from '../model/kinds.js';
import { isElementType, kindWord } from '../model/kinds.js';
import { code, inline as md, paragraph } from '../text/markdown.js';
import { count } from '../text/words.js';
import { analyzeMotionTitle, titleFormExplanation } from '../phrases/index.js';
import { personaCompetencies, summarizePersona, supportingCompetencies } from './model-queries.js';

function heading(type: string, name: string, title?: string): string {
    const kind = kindWord(type);
    const label = `**${kind.charAt(0).toUpperCase()}${kind.slice(1)}** ${code(name)}`;
    return title ? `${label}: ${md(title)}` : label;
}

function field(label: string, value: string | undefined): string[] {
    return value === undefined ? [] : [`**${label}:** ${value}`];
}

/** "at least 60 touches per day", or why there is no number. */
export function targetInWords(kpi: Kpi): string {
    const value = targetValue(kpi.target);
    if (value) return md(describeTarget(value));
    if (isTextTarget(kpi.target)) return `"${md(kpi.target.text)}" (not a number)`;
    return 'none yet';
}

function systemLabel(kpi: Kpi): string | undefined {
    const system = kpi.source?.ref;
    if (!kpi.source) return undefined;
    if (!system) return code(kpi.source.$refText);
    return system.title ? `${code(system.name)} (${md(system.title)})` : code(system.name);
}

function kpiLine(kpi: Kpi): string {
    const where = systemLabel(kpi);
    return `- ${md(kpi.title)}: ${targetInWords(kpi)}${where ? `, measured in ${where}` : ''}`;
}

function term(node: Term): string[] {
    return [heading('Term', node.name), paragraph(node.definition)];
}

function system(node: System): string[] {
    return [heading('System', node.name, node.title)];
}

function kpi(node: Kpi): string[] {
    return [
        heading('Kpi', node.name, node.title),
        ...field('Target', targetInWords(node)),
        ...field('Measured in', systemLabel(node) ?? 'no system yet'),
        ...field('Counts', node.counts === undefined ? undefined : md(node.counts)),
        ...field('Motion', isMotion(node.$container) ? md(node.$container.title) : undefined)
    ];
}

function motion(node: Motion, services: LangiumCoreServices): string[] {
    const competencies = supportingCompetencies(services, node);
    return [
        heading('Motion', node.name, node.title),
        ...field('Title', titleForm(node.title)),
        ...field('Goal', node.goal === undefined ? 'none yet' : md(node.goal)),
        node.kpis.length === 0 ? '**KPIs:** none yet' : ['**KPIs:**', ...node.kpis.map(kpiLine)].join('\n'),
        ...field('Competencies', competencies.length === 0 ? 'none supports this motion' : competencies.map(c => md(c.title)).join('; '))
    ];
}

/** Why a title reads as a noun phrase ("'Loan officers' is headed by the plural job title 'officers'"). */
function titleForm(title: string | undefined): string | undefined {
    const explanation = title?.trim() ? titleFormExplanation(analyzeMotionTitle(title)) : undefined;
    return explanation === undefined ? undefined : md(explanation);
}

function competency(node: Competency): string[] {
    const supports = node.supports.map(ref => (ref.ref ? md(ref.ref.title) : code(ref.$refText)));
    const coaches = node.coaches.map(ref => (ref.ref?.title ? md(ref.ref.title) : code(ref.$refText)));
    return [
        heading('Competency', node.name, node.title),
        node.value === undefined ? '**Value:** no value statement yet' : `> ${md(node.value)}`,
        ...field('Supports', supports.length > 0 ? supports.join('; ') : 'no motion yet'),
        ...field('Coached by', coaches.length > 0 ? coaches.join(', ') : undefined)
    ];
}

function coach(node: Coach): string[] {
    const expertise = node.expertIn.map(ref => (ref.ref ? md(ref.ref.title) : code(ref.$refText)));
    return [
        heading('Coach', node.name, node.title),
        ...field('Role', node.role === undefined ? undefined : md(node.role)),
        ...field('Expert in', expertise.length > 0 ? expertise.join('; ') : 'nothing yet')
    ];
}

function persona(node: Persona, services: LangiumCoreServices): string[] {
    const summary = summarizePersona(node);
    return [
        heading('Persona', node.name, node.title),
        ...(node.description === undefined ? [] : [paragraph(node.description)]),
        `${count(summary.motions, 'motion')}, ${count(summary.kpis, 'KPI')}, ${count(personaCompetencies(services, node).length, 'competency', 'competencies')}`,
        ...field('Workflow', motionsOf(node).length > 0 ? motionsOf(node).map(m => md(m.title)).join(' → ') : undefined)
    ];
}

function organization(node: Organization): string[] {
    return [heading('Organization', node.name, node.title), ...field('Strategy', node.strategy === undefined ? undefined : md(node.strategy))];
}

function gap(node: Gap): string[] {
    const levels = [...new Set(node.causes.map(c => c.level))];
    const analysis = analyzeGap(node);
    const performance = analysis.performances.map(p => `${md(p.kpi?.title ?? p.performance.kpi?.$refText ?? '?')} is ${md(describeCurrent(p.performance))}`
        + (p.size !== undefined && p.target ? ` (${md(describeGapSize(p.size, p.target))} from ${md(describeTarget(p.target))})` : ''));
    const open = analysis.causes.filter(c => c.fittedBy.length === 0).length;
    return [
        heading('Gap', node.name, node.title),
        ...field('Performance', performance.length > 0 ? performance.join('; ') : 'not stated yet'),
        ...field('Causes', levels.length > 0 ? `${levels.join(', ')} (${open} open)` : 'none yet'),
        ...field('Interventions', node.interventions.length > 0 ? node.interventions.map(i => `${md(i.kind)}: ${md(i.title)}`).join('; ') : 'none yet')
    ];
}

/** The hover of each element kind; the compiler flags a kind missing here. */
const HOVERS: { readonly [K in ElementType]: (node: WpcmAstType[K], services: LangiumCoreServices) => string[] } = {
    Term: term, System: system, Kpi: kpi, Motion: motion, Competency: competency, Coach: coach, Persona: persona, Organization: organization, Gap: gap
};

/** Markdown for a named element, or undefined for nodes that have no hover. */
export function hoverMarkdown(node: AstNode, services: LangiumCoreServices): string | undefined {
    if (!isElementType(node.$type)) return undefined;
    const hover = HOVERS[node.$type] as (node: AstNode, services: LangiumCoreServices) => string[];
    return hover(node, services).join('\n\n');
}
