/**
 * The message of an unresolved reference, with what would fix it: the name
 * exists in another model (most often a `model` header that differs in case
 * from the other file's), or a visible name is close to the misspelt one
 * ("did you mean 'Lead'?"). The CLI and the editor show the same message; the
 * editor also offers the rename as a quick fix.
 */
import type { LangiumDocument, Reference } from 'langium';
import { CstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { similarNames } from '../text/similar-names.js';
import { SHARED_MODEL } from '../workspace-facts.js';
import type { LinkingData, ReferenceHint } from '../rules/unresolved-reference.js';
import type { WpcmServices } from '../wpcm-module.js';

/** The element type each cross-reference property points at. */
const TARGET_TYPES: Readonly<Record<string, string>> = {
    supports: 'Motion', coaches: 'Coach', expertIn: 'Competency', source: 'System', term: 'Term', affects: 'Affectable'
};

export class ReferenceHints {
    constructor(private readonly services: WpcmServices) {}

    /** Where the name is defined instead, or the close names this file can see; empty when neither. */
    hint(document: LangiumDocument, diagnostic: Diagnostic, data: LinkingData): ReferenceHint {
        const { property, refText } = data;
        if (!property || refText === undefined) return {};
        const elsewhere = this.otherModel(document, property, refText);
        if (elsewhere) return { elsewhere };
        const similar = this.similar(document, diagnostic, property, refText);
        return similar.length > 0 ? { similar } : {};
    }
    private otherModel(document: LangiumDocument, property: string, refText: string): string | undefined {
        const type = TARGET_TYPES[property];
        if (!type) return undefined;
        const facts = this.services.wpcm.WorkspaceFacts;
        const own = facts.modelOf(document.uri);
        const models = facts.modelsDeclaring(type, refText).filter(m => m !== own);
        if (models.length === 0) return undefined;
        const sameButCase = own !== SHARED_MODEL ? models.find(m => m.toLowerCase() === own.toLowerCase()) : undefined;
        if (sameButCase) {
            return `it is defined in model "${sameButCase}", but this file's header says model "${own}"; model headers must match exactly, including case.`;
        }
        const where = models.map(m => `"${m}"`).join(', ');
        return `it is defined in model ${where}, which this file (model "${own}") cannot see; give both files the same model header, or move the declaration to a file without one.`;
    }

    private similar(document: LangiumDocument, diagnostic: Diagnostic, property: string, refText: string): string[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const container = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
        if (!container) return [];
        const scope = this.services.references.ScopeProvider.getScope({ reference: { $refText: '' } as Reference, container, property });
        return similarNames(refText, scope.getAllElements().map(d => d.name).toArray(), 2);
    }
}
