/**
 * The parser services WPCM replaces so that no input can overflow the stack
 * or exhaust memory: the token builder and lexer (scanners for unbounded
 * tokens), the parser (a CST builder without argument spreading).
 */
import type { Module } from 'langium';
import type { LangiumServices, PartialLangiumServices } from 'langium/lsp';
import { createWpcmParser } from './cst-builder.js';
import { WpcmLexer, WpcmTokenBuilder } from './token-builder.js';

export const WpcmParserModule: Module<LangiumServices, PartialLangiumServices> = {
    parser: {
        TokenBuilder: () => new WpcmTokenBuilder(),
        Lexer: (services) => new WpcmLexer(services),
        LangiumParser: (services) => createWpcmParser(services)
    }
};
