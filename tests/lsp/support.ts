/** Helpers for the language-server feature tests: fresh services, extra workspace files, small readers. */
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { buildFiles } from '../../language/src/build.js';
import type { Document } from '../../language/src/generated/ast.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { newServices } from '../support/workspace.js';

export function lspServices(): WpcmServices {
    return newServices();
}

/** Adds and builds files (name -> text) under file:///ws/; returns their documents by name. */
export async function addFiles(services: WpcmServices, files: Record<string, string>): Promise<Record<string, LangiumDocument<Document>>> {
    const names = Object.keys(files);
    const built = await buildFiles(services, names.map(name => ({ uri: `file:///ws/${name}`, text: files[name]! })));
    return Object.fromEntries(built.map((file, i) => [names[i]!, file.document]));
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
