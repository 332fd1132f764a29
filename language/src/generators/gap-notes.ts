/**
 * HPT gaps in a persona's module index: what an instructional designer must
 * know before building training for it, namely the causes it will not fix.
 * Training works on the performer; organization- and process-level causes
 * need other interventions. Read through the one gap analysis (model/gaps.ts).
 */
import type { Gap, Level, Persona } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { analyzeGap } from '../model/gaps.js';
import { statedLevels } from '../model/interventions.js';
import { inline } from '../text/markdown.js';
import { capitalize, listWords } from '../text/words.js';

export function gapsAffecting(persona: Persona, gaps: readonly Gap[]): Gap[] {
    const targets = new Set<unknown>([persona, ...motionsOf(persona)]);
    return gaps.filter(gap => gap.affects.some(ref => targets.has(ref.ref)));
}

export function gapLines(gap: Gap): string[] {
    const lines = [`### ${inline(gap.title)}`, ''];
    if (gap.causes.length > 0) {
        lines.push('Causes:', '');
        for (const cause of gap.causes) lines.push(`- ${capitalize(cause.level)}${cause.cell ? ` (${cause.cell})` : ''}: ${inline(cause.text)}`);
        lines.push('');
    }
    lines.push('Interventions:', '');
    if (gap.interventions.length === 0) lines.push('- _none in the model yet_');
    for (const intervention of gap.interventions) {
        const levels = statedLevels(intervention);
        const addresses = levels.length > 0 ? ` (addresses ${listWords(levels)})` : '';
        lines.push(`- ${inline(capitalize(intervention.kind))}: ${inline(intervention.title)}${addresses}`);
    }
    lines.push('');
    const beyondTraining: readonly Level[] = analyzeGap(gap).uncoveredLevels.filter(level => level !== 'performer');
    if (beyondTraining.length > 0) {
        const causes = gap.causes.filter(c => beyondTraining.includes(c.level)).length === 1 ? 'cause' : 'causes';
        lines.push(`_Training cannot fix the ${listWords(beyondTraining.map(level => `${level}-level`))} ${causes}: modules alone will not close this gap._`, '');
    }
    return lines;
}
