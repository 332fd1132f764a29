/**
 * Which files see each other's names: files with the same `model "..."`
 * header form one model; a file without a header belongs to every model
 * (shared systems, terms, a competency library). So two models can live in
 * one folder, each with its own `system CRM`. The name index, the
 * generators and the server's model-wide requests all decide it here.
 */
import type { AstNode, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { AstUtils } from 'langium';
import type { Document } from '../generated/ast.js';
import { isModelHeader } from '../generated/ast.js';

/** The model of a file without a header: visible from and seeing every model. */
export const SHARED_MODEL = '';

/** The model title of a document (its first `model` header), or SHARED_MODEL. */
export function modelTitleOf(root: Document): string {
    return root.elements?.find(isModelHeader)?.title ?? SHARED_MODEL;
}

/** Whether files of models `a` and `b` see each other's names. */
export function seesEachOther(a: string, b: string): boolean {
    return a === SHARED_MODEL || b === SHARED_MODEL || a === b;
}

/** Whether two AST nodes' files see each other's names. */
export function inSameModel(a: AstNode, b: AstNode): boolean {
    return seesEachOther(modelTitleOf(AstUtils.findRootNode(a) as Document), modelTitleOf(AstUtils.findRootNode(b) as Document));
}

/** The workspace's documents that see the names of the file at `uri` (its own included). */
export function documentsOfModel(shared: LangiumSharedCoreServices, uri: URI): LangiumDocument<Document>[] {
    const documents = shared.workspace.LangiumDocuments;
    const own = documents.getDocument(uri) as LangiumDocument<Document> | undefined;
    const model = own ? modelTitleOf(own.parseResult.value) : SHARED_MODEL;
    return documents.all
        .filter(document => seesEachOther(model, modelTitleOf(document.parseResult.value as Document)))
        .toArray() as LangiumDocument<Document>[];
}
