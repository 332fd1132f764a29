/**
 * Where each module outline goes: `<persona>/<competency>.md`, next to the
 * persona's index (README.md). A competency declared inside a persona goes to
 * that persona; a top-level one goes to the persona whose motions it
 * supports, or to `shared/` when it supports motions of several personas or
 * none. File names are slugs, unique per folder ("readme" is kept for the index).
 */
import type { Competency } from '../generated/ast.js';
import { personaOf } from '../model/elements.js';
import type { ModelView } from './model-view.js';
import { SHARED_FOLDER } from './model-view.js';
import { SlugAllocator, slugFor } from './slug.js';

export const INDEX_FILE = 'README.md';

export interface ModuleFile {
    readonly competency: Competency;
    readonly folder: string;
    /** Relative to the output folder: "<folder>/<slug>.md". */
    readonly path: string;
}

export interface ModuleLayout {
    readonly modules: readonly ModuleFile[];
    fileOf(competency: Competency): ModuleFile;
}

function homeFolder(competency: Competency, view: ModelView): string {
    const own = personaOf(competency);
    if (own) return view.entryOf(own)?.slug ?? SHARED_FOLDER;
    const folders = new Set(competency.supports.map(ref => (ref.ref ? view.placeOf(ref.ref)?.persona.slug : undefined)));
    folders.delete(undefined);
    return folders.size === 1 ? [...folders][0]! : SHARED_FOLDER;
}

export function moduleLayout(view: ModelView): ModuleLayout {
    const allocators = new Map<string, SlugAllocator>();
    const modules = view.competencies.map(competency => {
        const folder = homeFolder(competency, view);
        let slugs = allocators.get(folder);
        if (!slugs) allocators.set(folder, slugs = new SlugAllocator(['readme']));
        const slug = slugs.allocate(slugFor(competency.title, competency.name, 'module'));
        return { competency, folder, path: `${folder}/${slug}.md` };
    });
    const byCompetency = new Map(modules.map(m => [m.competency, m]));
    return { modules, fileOf: competency => byCompetency.get(competency)! };
}

/** A link from a file in folder `from` to a module file. */
export function linkFrom(from: string, module: ModuleFile): string {
    return module.folder === from ? module.path.slice(from.length + 1) : `../${module.path}`;
}
