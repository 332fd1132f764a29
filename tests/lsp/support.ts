/** Helpers for the language-server feature tests: fresh services, extra workspace files, small readers. */
import { EmptyFileSystem, URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Document } from '../../language/src/generated/ast.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { createWpcmServices } from '../../language/src/wpcm-module.js';

export function lspServices(): WpcmServices {
    return createWpcmServices(EmptyFileSystem).Wpcm;
}

/** Adds and builds files (name -> text) under file:///ws/; returns their documents by name. */
export async function addFiles(services: WpcmServices, files: Record<string, string>): Promise<Record<string, LangiumDocument<Document>>> {
    const shared = services.shared.workspace;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`file:///ws/${name}`));
        shared.LangiumDocuments.addDocument(document);
        return [name, document] as const;
    });
    await shared.DocumentBuilder.build(documents.map(([, d]) => d), { validation: true });
    return Object.fromEntries(documents);
}

export function parser(services: WpcmServices) {
    return parseHelper<Document>(services);
}

/** The offset of the n-th occurrence (0-based) of `needle` in `text`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, occurrence = 0): number {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' not found`);
    }
    return index + delta;
}
