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

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

function removeFrom<K, V>(map: Map<K, V[]>, key: K, drop: (value: V) => boolean): void {
    const rest = (map.get(key) ?? []).filter(value => !drop(value));
    if (rest.length > 0) map.set(key, rest); else map.delete(key);
}

export class WorkspaceFacts {
    private readonly reflection: AstReflection;
    private readonly contributions = new Map<string, Contribution>();
    /** name -> declarations of any kind, in any model. */
    private readonly byName = new Map<string, AstNodeDescription[]>();
    /** motion name -> file -> model, for the files whose competencies support it. */
    private readonly supporters = new Map<string, Map<string, string>>();

    constructor(shared: LangiumSharedCoreServices) {
        this.reflection = shared.AstReflection;
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.remove(uri.toString())));
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
        return (this.byName.get(name) ?? []).filter(d => this.reflection.isSubtype(d.type, type) && this.isVisible(model, d));
    }

    /** The models (other than SHARED_MODEL) whose files declare `name` as a `type`, whether or not a given file can see them. */
    modelsDeclaring(type: string, name: string): string[] {
        const models = (this.byName.get(name) ?? []).filter(d => this.reflection.isSubtype(d.type, type)).map(d => this.modelOf(d.documentUri));
        return [...new Set(models)].filter(m => m !== SHARED_MODEL);
    }

    /** How many declarations of exactly this kind and name a file of `model` can see. */
    declarationCount(type: string, name: string, model: string): number {
        let count = 0;
        for (const d of this.byName.get(name) ?? []) {
            if (d.type === type && this.isVisible(model, d)) count++;
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
        this.remove(key);
        const root = document.parseResult.value as Document;
        const contribution: Contribution = {
            model: modelTitleOf(root),
            declarations,
            supports: [...competenciesIn(root)].flatMap(c => c.supports.map(motion => motion.$refText))
        };
        contribution.declarations.forEach(d => addTo(this.byName, d.name, d));
        for (const name of contribution.supports) {
            const files = this.supporters.get(name) ?? new Map<string, string>();
            this.supporters.set(name, files.set(key, contribution.model));
        }
        this.contributions.set(key, contribution);
    }

    private remove(key: string): void {
        const old = this.contributions.get(key);
        if (!old) return;
        this.contributions.delete(key);
        for (const d of old.declarations) removeFrom(this.byName, d.name, other => other === d);
        for (const name of old.supports) {
            const files = this.supporters.get(name);
            files?.delete(key);
            if (files?.size === 0) this.supporters.delete(name);
        }
    }
}
