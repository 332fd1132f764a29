/**
 * Shared workspace services WPCM replaces: one language for every URI, and
 * a builder that re-validates the files whose cross-file facts changed,
 * documents over the size limit left unparsed.
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumSharedServices } from 'langium/lsp';
import { CrossFileDocumentBuilder } from './cross-file-builder.js';
import { SizeLimitedDocumentFactory } from './parser/size-limit.js';
import { SingleLanguageServiceRegistry } from './single-language-registry.js';

export const WpcmSharedWorkspaceModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (services) => new SingleLanguageServiceRegistry(services),
    workspace: {
        DocumentBuilder: (services) => new CrossFileDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new SizeLimitedDocumentFactory(services)
    }
};
