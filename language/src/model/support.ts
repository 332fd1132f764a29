/**
 * Support: which competencies support a motion, and which coaches teach a
 * competency. The one definition: a competency supports a motion when one
 * of its `supports` references resolves to it; a competency's coaches are
 * its `coached by` coaches, then the coaches `expert in` it, without
 * repeats. Generators, hovers, code lenses, the preview and coaching all
 * ask a SupportIndex. The `motion-no-competency` check answers the same
 * question incrementally from the name index (WorkspaceFacts.isSupported),
 * which agrees because a name resolves to the one visible motion of that
 * name (duplicate names are an error of their own).
 */
import type { LangiumDocument } from 'langium';
import type { Coach, Competency, Document, Motion } from '../generated/ast.js';
import { isCoach } from '../generated/ast.js';
import { competenciesIn } from './elements.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

export class SupportIndex {
    private readonly supporters = new Map<Motion, Competency[]>();
    private readonly experts = new Map<Competency, Coach[]>();

    constructor(competencies: Iterable<Competency>, coaches: Iterable<Coach>) {
        for (const competency of competencies) {
            for (const motion of new Set(competency.supports.map(ref => ref.ref))) {
                if (motion) push(this.supporters, motion, competency);
            }
        }
        for (const coach of coaches) {
            for (const competency of new Set(coach.expertIn.map(ref => ref.ref))) {
                if (competency) push(this.experts, competency, coach);
            }
        }
    }

    /** Competencies whose `supports` resolves to this motion, in model order. */
    supportersOf(motion: Motion): readonly Competency[] {
        return this.supporters.get(motion) ?? [];
    }

    /** `coached by` coaches first, then coaches `expert in` it, without repeats. */
    coachesOf(competency: Competency): readonly Coach[] {
        const named = competency.coaches.map(ref => ref.ref).filter((c): c is Coach => c !== undefined);
        return [...new Set([...named, ...(this.experts.get(competency) ?? [])])];
    }
}

/** The support relations among these documents (a model's, see model/visibility.ts). */
export function supportIndexOf(documents: readonly LangiumDocument<Document>[]): SupportIndex {
    const roots = documents.map(d => d.parseResult.value);
    return new SupportIndex(roots.flatMap(root => [...competenciesIn(root)]), roots.flatMap(root => root.elements.filter(isCoach)));
}
