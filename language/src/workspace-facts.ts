/**
 * Workspace-wide facts that scoping and validation need for every document:
 * which model each file belongs to, where each name is declared, and which
 * motions some competency supports. Computed once per change of the index
 * instead of once per checked node, so a 1,000-file workspace stays linear.
 *
 * Models: files with the same `model "..."` header form one model and see
 * each other's names; a file without a header belongs to every model (shared
 * systems, terms or a competency library). So two models can live in one
 * folder, each with its own `system CRM`.
 */
import type { AstNodeDescription, LangiumDocuments, LangiumSharedCoreServices, IndexManager, URI } from 'langium';
import { DocumentState } from 'langium';
import type { Document } from './generated/ast.js';
import { isModelHeader } from './generated/ast.js';
import { competenciesIn } from './model/elements.js';

/** The model of a file without a header: visible from and seeing every model. */
export const SHARED_MODEL = '';

interface Facts {
    declarations: Map<string, AstNodeDescription[]>;
    /** Motion name -> models of the competencies that support it. */
    supportedMotions: Map<string, Set<string>>;
}

export class WorkspaceFacts {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private facts: Facts | undefined;
    private readonly models = new Map<string, string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
        const invalidate = () => {
            this.facts = undefined;
            this.models.clear();
        };
        shared.workspace.DocumentBuilder.onUpdate(invalidate);
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.IndexedContent, invalidate);
    }

    /** The model title of a file (from its `model` header), or SHARED_MODEL. */
    modelOf(uri: URI): string {
        const key = uri.toString();
        let model = this.models.get(key);
        if (model === undefined) {
            const root = this.documents.getDocument(uri)?.parseResult.value as Document | undefined;
            model = root?.elements?.find(isModelHeader)?.title ?? SHARED_MODEL;
            this.models.set(key, model);
        }
        return model;
    }

    /** Whether names declared in `description`'s file are visible from a file of `model`. */
    isVisible(model: string, description: AstNodeDescription): boolean {
        if (model === SHARED_MODEL) return true;
        const other = this.modelOf(description.documentUri);
        return other === SHARED_MODEL || other === model;
    }

    /** Declarations of this kind and name that a file of `model` can see. */
    declarationsOf(type: string, name: string, model: string): AstNodeDescription[] {
        const all = this.get().declarations.get(`${type}:${name}`) ?? [];
        return all.length < 2 ? all : all.filter(d => this.isVisible(model, d));
    }

    /** Whether a competency that a file of `model` can see names this motion in `supports`. */
    isSupported(motionName: string, model: string): boolean {
        const models = this.get().supportedMotions.get(motionName);
        return models !== undefined && (model === SHARED_MODEL || models.has(SHARED_MODEL) || models.has(model));
    }

    private get(): Facts {
        this.facts ??= this.compute();
        return this.facts;
    }

    private compute(): Facts {
        const declarations = new Map<string, AstNodeDescription[]>();
        for (const description of this.indexManager.allElements()) {
            const key = `${description.type}:${description.name}`;
            const list = declarations.get(key);
            if (list) list.push(description); else declarations.set(key, [description]);
        }
        const supportedMotions = new Map<string, Set<string>>();
        for (const document of this.documents.all) {
            const model = this.modelOf(document.uri);
            for (const competency of competenciesIn(document.parseResult.value as Document)) {
                for (const motion of competency.supports) {
                    const models = supportedMotions.get(motion.$refText) ?? new Set<string>();
                    models.add(model);
                    supportedMotions.set(motion.$refText, models);
                }
            }
        }
        return { declarations, supportedMotions };
    }
}
