/**
 * Competency -> Markdown outline of its micro-learning module, in the order an
 * instructional designer builds it: title, why the seller should care, where
 * in the workflow it is used (with the terms it relies on), what success looks
 * like, format, search phrases, words to say, practice, coach.
 * Where the model is silent, the outline says so (and suggests), so gaps show.
 */
import type { Competency, Motion } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { linesText } from './generated-file.js';
import { criteriaOf, questionsOf } from './motion-criteria.js';
import { code, inline, paragraph } from '../text/markdown.js';
import { capitalize } from '../text/words.js';
import { coachRole, formatAdvice, knownPractice, suggestedPractice } from './module-advice.js';
import type { ModelView } from './model-view.js';
import { successLine } from './success.js';
import { termsFor } from './terms.js';

function supportedMotions(competency: Competency): Motion[] {
    return [...new Set(competency.supports.map(ref => ref.ref).filter((m): m is Motion => m !== undefined))];
}

function valueSection(competency: Competency): string[] {
    return ['## Why you should care', '',
        competency.value
            ? paragraph(competency.value)
            : `_The model has no value statement yet: add ${code('value "..."')} saying why the seller should care._`,
        ''];
}

/** "- **Label:**" and the items indented under it; nothing when there are none. */
function itemLines(label: string, items: readonly string[], render: (item: string) => string = item => item): string[] {
    return items.length === 0 ? [] : [`- **${label}:**`, ...items.map(item => `    - ${inline(render(item))}`)];
}

function whereSection(competency: Competency, motions: readonly Motion[], view: ModelView): string[] {
    const lines = ['## Where it is used', ''];
    if (motions.length === 0) {
        lines.push(`_Not tied to a motion yet: add ${code('supports <Motion>')} so the module has a place in the workflow._`, '');
    }
    for (const motion of motions) {
        const place = view.placeOf(motion);
        if (place) {
            const persona = place.persona.persona;
            lines.push(`- **Persona:** ${inline(persona.title ?? persona.name)}`);
            lines.push(`- **Motion:** ${inline(motion.title)} (step ${place.step} of ${motionsOf(persona).length})`);
        } else {
            lines.push(`- **Motion:** ${inline(motion.title)}`);
        }
        lines.push(`- **Goal:** ${motion.goal ? inline(motion.goal) : '_none in the model yet_'}`);
        lines.push(...itemLines('Requires', criteriaOf(motion)), ...itemLines('Questions to ask', questionsOf(motion), q => `"${q}"`), '');
    }
    const terms = termsFor(competency, motions, view);
    if (terms.length > 0) {
        lines.push('Terms it relies on:', '');
        for (const term of terms) lines.push(`- **${inline(term.name)}:** ${inline(term.definition)}`);
        lines.push('');
    }
    return lines;
}

function successSection(motions: readonly Motion[]): string[] {
    const lines = ['## What success looks like', ''];
    if (motions.length === 0) return [...lines, '_No motion, so no KPI to move yet._', ''];
    for (const motion of motions) {
        if (motions.length > 1) lines.push(`In ${inline(motion.title)}:`, '');
        if (motion.kpis.length === 0) {
            lines.push('_This motion has no KPI yet, so success is not measured._', '');
            continue;
        }
        for (const kpi of motion.kpis) {
            const system = kpi.source?.ref;
            const where = system ? `, measured in ${inline(system.name)}${system.title ? ` (${inline(system.title)})` : ''}` : '';
            lines.push(`- ${inline(successLine(kpi).text)}${where}`);
        }
        lines.push('');
    }
    return lines;
}

function formatSection(competency: Competency): string[] {
    const advice = formatAdvice(competency);
    const lines = ['## Format', ''];
    for (const { format, reason } of advice.given) {
        lines.push(`- **${inline(capitalize(format))}**${reason ? `: ${reason}.` : ''}`);
    }
    if (advice.suggested) {
        lines.push(`Suggested: **${capitalize(advice.suggested.format)}**, because it ${advice.suggested.reason}. `
            + `_(The model names no format: add ${code(`format ${advice.suggested.format}`)} to confirm.)_`);
    }
    return [...lines, ''];
}

/** A section of items; `separated` puts a blank line between them (separate quotes instead of one). */
function listSection(title: string, items: readonly string[], render: (item: string) => string, missing: string, separated = false): string[] {
    const body = items.length > 0 ? items.flatMap(item => (separated ? [render(item), ''] : [render(item)])) : [missing];
    return [`## ${title}`, '', ...body, ...(body[body.length - 1] === '' ? [] : [''])];
}

function practiceSection(competency: Competency): string[] {
    const lines = ['## Practice', ''];
    if (competency.practices.length === 0) {
        const { name, description: how } = suggestedPractice(competency);
        return [...lines, `Suggested: **${name}**: ${how}. _(The model names no practice yet.)_`, ''];
    }
    for (const practice of competency.practices) {
        const known = knownPractice(practice);
        lines.push(known ? `- **${known.name}**: ${known.description}.` : `- ${inline(practice)}`);
    }
    return [...lines, ''];
}

function coachSection(competency: Competency, view: ModelView): string[] {
    const coaches = view.coachesOf(competency);
    const lines = ['## Coach', ''];
    if (coaches.length === 0) {
        return [...lines, `_No coach named yet: add ${code('coached by <Coach>')} with the subject-matter expert sellers can ask._`, ''];
    }
    for (const coach of coaches) {
        const role = coachRole(coach);
        lines.push(`- **${inline(coach.title ?? coach.name)}**${role ? `, ${inline(role)}` : ''} (${code(coach.name)})`);
    }
    return [...lines, ''];
}

export function moduleOutline(competency: Competency, view: ModelView): string {
    const motions = supportedMotions(competency);
    return linesText([
        `# ${inline(competency.title) || inline(competency.name)}`,
        '',
        `<!-- Generated by wpcm from competency ${competency.name}. Edit the model, not this file. -->`,
        '',
        ...valueSection(competency),
        ...whereSection(competency, motions, view),
        ...successSection(motions),
        ...formatSection(competency),
        ...listSection('Search phrases', competency.searches, s => `- "${inline(s)}"`,
            `_None yet: add ${code('search "..."')} with the words sellers type to find this module._`),
        ...listSection('Words to say', competency.says, s => `> "${inline(s)}"`,
            `_None yet: add ${code('say "..."')} with the exact words top sellers use._`, true),
        ...practiceSection(competency),
        ...coachSection(competency, view)
    ]);
}
