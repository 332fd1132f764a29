/**
 * The built workspace as the generators see it: elements in a stable order
 * (documents by URI, then as written), each persona with its file-name slug,
 * and the relations that are only stored one way in the model (which
 * competencies support a motion, which coaches are expert in a competency).
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { Attainment } from '../config/config-schema.js';
import { DEFAULT_ATTAINMENT } from '../config/config-schema.js';
import type { Coach, Competency, Document, Gap, Motion, Organization, Persona, Term } from '../generated/ast.js';
import { isCoach, isGap, isOrganization, isPersona, isTerm } from '../generated/ast.js';
import { competenciesIn, motionsOf } from '../model/elements.js';
import { SupportIndex } from '../model/support.js';
import { inSameModel, modelTitleOf } from '../model/visibility.js';
import { compareText } from './generated-file.js';
import { SlugAllocator, slugFor } from './slug.js';

export interface GeneratorInput {
    /** Built (parsed, linked, validated) documents of one workspace. */
    readonly documents: readonly LangiumDocument<Document>[];
    /** Red / amber / green thresholds in attainment percent; defaults 80 / 100. */
    readonly attainment?: Attainment;
}

/** Folder of modules that belong to no single persona; reserved so no persona takes it. */
export const SHARED_FOLDER = 'shared';

export interface PersonaEntry {
    readonly persona: Persona;
    /** The `model "..."` title of its file, or undefined for a file without one. */
    readonly model: string | undefined;
    readonly slug: string;
}

export interface MotionPlace {
    readonly persona: PersonaEntry;
    /** 1-based position in the persona's workflow. */
    readonly step: number;
}

export interface ModelView {
    readonly attainment: Attainment;
    readonly personas: readonly PersonaEntry[];
    readonly competencies: readonly Competency[];
    readonly terms: readonly Term[];
    readonly gaps: readonly Gap[];
    readonly organizations: readonly Organization[];
    /** The `model "..."` titles of the documents, in order, without repeats. */
    readonly models: readonly string[];
    entryOf(persona: Persona): PersonaEntry | undefined;
    placeOf(motion: Motion): MotionPlace | undefined;
    /** Competencies whose `supports` resolves to this motion, in model order (model/support.ts). */
    supportersOf(motion: Motion): readonly Competency[];
    /** `coached by` coaches first, then coaches `expert in` it, without repeats (model/support.ts). */
    coachesOf(competency: Competency): readonly Coach[];
    /** Whether two elements' files see each other's names (model/visibility.ts). */
    sameModel(a: AstNode, b: AstNode): boolean;
}

function headerOf(root: Document): string | undefined {
    return modelTitleOf(root) || undefined;
}

export function modelView(input: GeneratorInput): ModelView {
    const documents = [...input.documents].sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
    const roots = documents.map(d => d.parseResult.value);
    const slugs = new SlugAllocator([SHARED_FOLDER]);
    const personas: PersonaEntry[] = [];
    const places = new Map<Motion, MotionPlace>();
    const terms: Term[] = [];
    const coaches: Coach[] = [];
    const gaps: Gap[] = [];
    const organizations: Organization[] = [];
    for (const root of roots) {
        for (const element of root.elements) {
            if (isTerm(element)) terms.push(element);
            else if (isOrganization(element)) organizations.push(element);
            else if (isCoach(element)) coaches.push(element);
            else if (isGap(element)) gaps.push(element);
            else if (isPersona(element)) {
                const entry = { persona: element, model: headerOf(root), slug: slugs.allocate(slugFor(element.title, element.name, 'persona')) };
                personas.push(entry);
                motionsOf(element).forEach((motion, i) => places.set(motion, { persona: entry, step: i + 1 }));
            }
        }
    }
    const entries = new Map(personas.map(entry => [entry.persona, entry]));
    const competencies = roots.flatMap(root => [...competenciesIn(root)]);
    const support = new SupportIndex(competencies, coaches);
    return {
        attainment: input.attainment ?? DEFAULT_ATTAINMENT,
        personas,
        competencies,
        terms,
        gaps,
        organizations,
        models: [...new Set(roots.map(headerOf).filter((m): m is string => m !== undefined))],
        entryOf: persona => entries.get(persona),
        placeOf: motion => places.get(motion),
        supportersOf: motion => support.supportersOf(motion),
        coachesOf: competency => support.coachesOf(competency),
        sameModel: inSameModel
    };
}
