/**
 * The lexer of WPCM: Langium's, with STRING and ML_COMMENT matched by the
 * loops in scanners.ts instead of their grammar regexes (same language, no
 * stack use per character; see there). The lexer resets the scanners'
 * memory before each text.
 */
import type { GrammarAST, LangiumCoreServices, LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer, DefaultTokenBuilder } from 'langium';
import type { TokenType } from 'chevrotain';
import type { Scanner } from './scanners.js';
import { blockCommentScanner, stringScanner } from './scanners.js';

export class WpcmTokenBuilder extends DefaultTokenBuilder {
    private readonly scanners: Record<string, Scanner> = { STRING: stringScanner(), ML_COMMENT: blockCommentScanner() };

    resetScanners(): void {
        Object.values(this.scanners).forEach(scanner => scanner.reset());
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        const scanner = this.scanners[terminal.name];
        if (!scanner) return token;
        token.PATTERN = { exec: scanner.match };
        token.LINE_BREAKS = true;
        token.START_CHARS_HINT = terminal.name === 'STRING' ? ['"', "'"] : ['/'];
        return token;
    }
}

export class WpcmLexer extends DefaultLexer {
    private readonly tokens: WpcmTokenBuilder;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.tokens = services.parser.TokenBuilder as WpcmTokenBuilder;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        this.tokens.resetScanners();
        return super.tokenize(text, options);
    }
}
