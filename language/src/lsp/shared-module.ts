/**
 * Shared (language-independent) LSP services WPCM refines: symbol and
 * completion kinds, which Langium's workspace symbol provider reads from the
 * shared NodeKindProvider.
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumSharedServices } from 'langium/lsp';
import { WpcmNodeKindProvider } from './node-kinds.js';

export const WpcmSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new WpcmNodeKindProvider()
    }
};
