/**
 * Builds (parses, links, validates) a set of in-memory WPCM files as one
 * workspace. The CLI, the benchmark and the tests use it; the language server
 * lets Langium's workspace manager do the same from the editor's files.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from './generated/ast.js';
import type { WpcmServices } from './wpcm-module.js';

export interface SourceFile {
    /** A file path or URI string. */
    readonly uri: string;
    readonly text: string;
}

export interface BuiltFile {
    readonly uri: string;
    readonly document: LangiumDocument<Document>;
    readonly diagnostics: readonly Diagnostic[];
}

function toUri(location: string): URI {
    return /^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location) ? URI.parse(location) : URI.file(location);
}

export async function buildFiles(services: WpcmServices, files: readonly SourceFile[], validation = true): Promise<BuiltFile[]> {
    const shared = services.shared;
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(file.text, toUri(file.uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation });
    return documents.map((document, i) => ({ uri: files[i]!.uri, document, diagnostics: document.diagnostics ?? [] }));
}
