/**
 * Code lenses: the shape of the model at a glance, above each persona
 * ("5 motions, 7 KPIs, 2 without target") and each motion ("2 KPIs,
 * 1 competency"). Competencies count from every file of the model.
 * The lenses are informational, so their command is empty (not clickable).
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import type { Document, Motion, Persona } from '../generated/ast.js';
import { isPersona } from '../generated/ast.js';
import { motionsOf } from '../model/elements.js';
import { count } from '../text/words.js';
import { summarizePersona, supportingCompetencies } from './model-queries.js';

export function personaLensTitle(persona: Persona): string {
    const { motions, kpis, withoutTarget } = summarizePersona(persona);
    const parts = [count(motions, 'motion'), count(kpis, 'KPI')];
    if (withoutTarget > 0) parts.push(`${withoutTarget} without target`);
    return parts.join(', ');
}

export function motionLensTitle(motion: Motion, competencies: number): string {
    return `${count(motion.kpis.length, 'KPI')}, ${count(competencies, 'competency', 'competencies')}`;
}

export class WpcmCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: LangiumServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const lenses: CodeLens[] = [];
        for (const persona of (document.parseResult.value as Document).elements.filter(isPersona)) {
            this.add(lenses, persona, personaLensTitle(persona));
            for (const motion of motionsOf(persona)) {
                this.add(lenses, motion, motionLensTitle(motion, supportingCompetencies(this.services, motion).length));
            }
        }
        return lenses;
    }

    private add(lenses: CodeLens[], node: Persona | Motion, title: string): void {
        const range = node.$cstNode?.range;
        if (range) lenses.push({ range: { start: range.start, end: range.start }, command: { title, command: '' } });
    }
}
