/**
 * Workspace-wide facts that scoping and validation need for every document:
 * which model each file belongs to, where each name is declared, and which
 * motions some competency supports. Kept up to date incrementally, one
 * document at a time as the builder indexes it (the scope computation hands
 * over each document's exports), so re-linking and
 * re-validating after an edit cost the size of the edited file, not of the
 * workspace (Langium's default global scope is rebuilt after every change).
 *
 * Which files see each other is decided in model/visibility.ts.
 */
import type { AstNodeDescription, AstReflection, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import type { Document } from './generated/ast.js';
import { competenciesIn } from './model/elements.js';
import { modelTitleOf, seesEachOther, SHARED_MODEL } from './model/visibility.js';

export { SHARED_MODEL } from './model/visibility.js';

/** What one document contributes. */
interface Contribution {
    model: string;
    declarations: AstNodeDescription[];
    /** Names of the motions its competencies support. */
    supports: string[];
}

/** The key of a kind and a name in the count index. */
const kindAndName = (type: string, name: string) => `${type}\u0000${name}`;

/** Adds `delta` to the count of `model` under `key`, dropping zero counts. */
function addCount(counts: Map<string, Map<string, number>>, key: string, model: string, delta: number): void {
    const byModel = counts.get(key) ?? new Map<string, number>();
    const count = (byModel.get(model) ?? 0) + delta;
    if (count > 0) byModel.set(model, count); else byModel.delete(model);
    if (byModel.size > 0) counts.set(key, byModel); else counts.delete(key);
}

/**
 * The names whose facts differ between two versions of a file: those whose
 * count of declarations of some kind changed, or that gained or lost
 * support. Everything it declares or supports when its model changed.
 */
function changedNames(old: Contribution | undefined, now: Contribution): Set<string> {
    const all = (c: Contribution) => [...c.declarations.map(d => d.name), ...c.supports];
    if (!old || old.model !== now.model) return new Set([...all(now), ...(old ? all(old) : [])]);
    const balance = new Map<string, number>();
    const count = (key: string, delta: number) => balance.set(key, (balance.get(key) ?? 0) + delta);
    old.declarations.forEach(d => count(kindAndName(d.type, d.name), -1));
    now.declarations.forEach(d => count(kindAndName(d.type, d.name), 1));
    const names = new Set<string>();
    for (const [key, delta] of balance) if (delta !== 0) names.add(key.slice(key.indexOf('\u0000') + 1));
    const before = new Set(old.supports);
    const after = new Set(now.supports);
    for (const name of before) if (!after.has(name)) names.add(name);
    for (const name of after) if (!before.has(name)) names.add(name);
    return names;
}

export class WorkspaceFacts {
    private readonly reflection: AstReflection;
    private readonly contributions = new Map<string, Contribution>();
    /**
     * name -> file -> its declarations of that name, in any model. Keyed by
     * file so that replacing a file's facts costs the size of that file even
     * when thousands of declarations share one name.
     */
    private readonly byName = new Map<string, Map<string, AstNodeDescription[]>>();
    /** kind + name -> model -> how many declarations, so counting is O(models), not O(duplicates). */
    private readonly counts = new Map<string, Map<string, number>>();
    /** motion name -> file -> model, for the files whose competencies support it. */
    private readonly supporters = new Map<string, Map<string, string>>();
    /** Files whose diagnostics may be stale because another file's facts changed; see takeDependents. */
    private readonly dependents = new Set<string>();
    /** Files indexed since the last takeDependents (validated in the same build anyway). */
    private readonly indexed = new Set<string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.reflection = shared.AstReflection;
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.forget(uri.toString())));
    }

    /** The model title of a file (from its `model` header), or SHARED_MODEL. */
    modelOf(uri: URI): string {
        return this.contributions.get(uri.toString())?.model ?? SHARED_MODEL;
    }

    /** Whether names declared in `description`'s file are visible from a file of `model`. */
    isVisible(model: string, description: AstNodeDescription): boolean {
        return seesEachOther(model, this.modelOf(description.documentUri));
    }

    /** Declarations named `name` of `type` (or a subtype) that a file of `model` can see. */
    declarations(type: string, name: string, model: string): AstNodeDescription[] {
        const found: AstNodeDescription[] = [];
        for (const list of this.byName.get(name)?.values() ?? []) {
            for (const d of list) {
                if (this.reflection.isSubtype(d.type, type) && this.isVisible(model, d)) found.push(d);
            }
        }
        return found;
    }

    /** The models (other than SHARED_MODEL) whose files declare `name` as a `type`, whether or not a given file can see them. */
    modelsDeclaring(type: string, name: string): string[] {
        const declared = [...(this.byName.get(name)?.values() ?? [])].flat();
        const models = declared.filter(d => this.reflection.isSubtype(d.type, type)).map(d => this.modelOf(d.documentUri));
        return [...new Set(models)].filter(m => m !== SHARED_MODEL);
    }

    /** How many declarations of exactly this kind and name each model's files hold (SHARED_MODEL: the files without a header). O(models). */
    declarationCountsByModel(type: string, name: string): ReadonlyMap<string, number> {
        return this.counts.get(kindAndName(type, name)) ?? new Map();
    }

    /** How many declarations of exactly this kind and name a file of `model` can see. */
    declarationCount(type: string, name: string, model: string): number {
        let count = 0;
        for (const [other, n] of this.counts.get(kindAndName(type, name)) ?? []) {
            if (seesEachOther(model, other)) count += n;
        }
        return count;
    }

    /** Whether a competency that a file of `model` can see names this motion in `supports`. */
    isSupported(motionName: string, model: string): boolean {
        for (const other of this.supporters.get(motionName)?.values() ?? []) {
            if (seesEachOther(model, other)) return true;
        }
        return false;
    }

    /** Records what a document declares; called by the scope computation as the document is indexed. */
    update(document: LangiumDocument, declarations: AstNodeDescription[]): void {
        const key = document.uri.toString();
        const old = this.contributions.get(key);
        this.remove(key);
        const root = document.parseResult.value as Document;
        const contribution: Contribution = {
            model: modelTitleOf(root),
            declarations,
            supports: [...competenciesIn(root)].flatMap(c => c.supports.map(motion => motion.$refText))
        };
        for (const d of declarations) {
            const files = this.byName.get(d.name) ?? new Map<string, AstNodeDescription[]>();
            const list = files.get(key);
            if (list) list.push(d); else files.set(key, [d]);
            this.byName.set(d.name, files);
            addCount(this.counts, kindAndName(d.type, d.name), contribution.model, 1);
        }
        for (const name of contribution.supports) {
            const files = this.supporters.get(name) ?? new Map<string, string>();
            this.supporters.set(name, files.set(key, contribution.model));
        }
        this.contributions.set(key, contribution);
        this.indexed.add(key);
        this.markDependents(key, changedNames(old, contribution));
    }

    /**
     * The files (other than those indexed meanwhile) whose diagnostics read
     * facts that changed since the last call: `duplicate-name` and
     * `motion-no-competency` look at other files without a reference to
     * them, so Langium's reference-based relinking does not re-validate
     * them. The document builder re-validates these after each build.
     */
    takeDependents(): string[] {
        const stale = [...this.dependents].filter(key => !this.indexed.has(key) && this.contributions.has(key));
        this.dependents.clear();
        this.indexed.clear();
        return stale;
    }

    /** Files declaring one of `names` (so their counts or support may differ now). */
    private markDependents(changedKey: string, names: Iterable<string>): void {
        for (const name of names) {
            for (const key of this.byName.get(name)?.keys() ?? []) {
                if (key !== changedKey) this.dependents.add(key);
            }
        }
    }

    private remove(key: string): void {
        const old = this.contributions.get(key);
        if (!old) return;
        this.contributions.delete(key);
        for (const d of old.declarations) {
            const files = this.byName.get(d.name);
            files?.delete(key);
            if (files?.size === 0) this.byName.delete(d.name);
            addCount(this.counts, kindAndName(d.type, d.name), old.model, -1);
        }
        for (const name of old.supports) {
            const files = this.supporters.get(name);
            files?.delete(key);
            if (files?.size === 0) this.supporters.delete(name);
        }
    }

    /** Forgets a deleted file, and notes the files its facts affected. */
    private forget(key: string): void {
        const old = this.contributions.get(key);
        if (!old) return;
        this.markDependents(key, [...old.declarations.map(d => d.name), ...old.supports]);
        this.remove(key);
    }
}
