/**
 * Where the coaching report's files go, and the links between them:
 * index.html (or README.md) at the top, <persona>/index.html with the team
 * heatmaps, <persona>/<seller>.html per seller. Seller file names are slugs
 * of the seller's id (data, never trusted as a path). Module links assume
 * the default folders: generated/coaching next to generated/modules.
 */
import type { CoachingReport, PersonaReport } from '../../coaching/report-schema.js';
import type { Coach, Competency } from '../../generated/ast.js';
import type { ModelView } from '../model-view.js';
import { moduleLayout } from '../module-layout.js';
import { SlugAllocator, slugify } from '../slug.js';

export interface CoachingNames {
    competency(id: string): { title: string; modulePath: string | undefined } | undefined;
    coach(id: string): string;
}

export interface CoachingLayout {
    personaFolder(persona: PersonaReport): string;
    /** File name (without extension) of a seller's page inside its persona folder. */
    sellerFile(persona: PersonaReport, seller: string): string;
}

/** The persona folders come from the model's persona slugs (the same as the dashboards'). */
export function coachingLayout(report: CoachingReport, personaSlugs: ReadonlyMap<string, string>): CoachingLayout {
    const sellerFiles = new Map<PersonaReport, Map<string, string>>();
    for (const persona of report.personas) {
        const slugs = new SlugAllocator(['index', 'readme']);
        sellerFiles.set(persona, new Map(persona.sellers.map(s => [s.id, slugs.allocate(slugify(s.id) || 'seller')])));
    }
    return {
        personaFolder: persona => personaSlugs.get(persona.id) ?? (slugify(persona.id) || 'persona'),
        sellerFile: (persona, seller) => sellerFiles.get(persona)!.get(seller)!
    };
}

export function coachingNames(view: ModelView): CoachingNames {
    const modules = moduleLayout(view);
    const competencies = new Map<string, Competency>(view.competencies.map(c => [c.name, c]));
    const coaches = new Map<string, Coach>();
    for (const c of view.competencies) for (const coach of view.coachesOf(c)) coaches.set(coach.name, coach);
    return {
        competency: id => {
            const c = competencies.get(id);
            return c ? { title: c.title ?? c.name, modulePath: modules.fileOf(c)?.path } : undefined;
        },
        coach: id => coaches.get(id)?.title ?? id
    };
}

/** From a seller page (coaching/<persona>/x.html) to a module outline (modules/<path>). */
export function moduleLink(modulePath: string): string {
    return `../../modules/${modulePath}`;
}
