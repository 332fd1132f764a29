/**
 * Syntax errors in the user's terms, on one line: what the grammar expected
 * here and what it found, with the common mistakes named ("a target needs a
 * comparator before the number"; "the level is called performer"; what
 * characters a name may contain). Chevrotain's defaults list token sequences
 * over many lines, which also breaks the CLI's one-finding-per-line output.
 */
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';

const TERMINALS: Readonly<Record<string, string>> = {
    ID: 'a name',
    STRING: 'a quoted text ("...")',
    NUMBER: 'a number',
    CURRENCY: 'a currency symbol'
};

const COMPARATORS = ['>=', '<=', '=', '>', '<', '≥', '≤'];
const LEVELS = ['organization', 'process', 'performer'];
/** Words people use for the HPT performer level. */
const PERFORMER_WORDS = new Set(['job', 'individual', 'person', 'people', 'worker', 'employee', 'seller', 'performance', 'human']);
const DECLARATIONS = ['model', 'term', 'system', 'persona', 'competency', 'coach', 'organization', 'gap'];
/** Rules whose element has `<keyword> Name "Title"`: a missing string there is its title. */
const TITLED = new Map([['Motion', 'motion'], ['Kpi', 'kpi'], ['Competency', 'competency'], ['Gap', 'gap']]);

function isEof(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || token.image === '';
}

function found(token: IToken | undefined): string {
    return isEof(token) ? 'the end of the file' : `'${token!.image}'`;
}

function describe(type: TokenType): string {
    return TERMINALS[type.name] ?? `'${type.name.replace(/:KW$/, '')}'`;
}

/** "a, b or c" */
function either(items: readonly string[]): string {
    const unique = [...new Set(items)];
    return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

function names(types: readonly TokenType[]): string[] {
    return types.map(t => t.name.replace(/:KW$/, ''));
}

/** A message for the tokens that may come next, with the common mistakes explained. */
function expectedMessage(expected: readonly TokenType[], actual: IToken | undefined, previous: IToken | undefined, rawRuleName: string): string {
    // Langium marks its rule names with a zero-width space.
    const ruleName = rawRuleName.replace(/\u200B/g, '');
    const next = names(expected);
    if (COMPARATORS.some(c => next.includes(c)) && next.includes('between')) {
        if (actual?.tokenType?.name === 'NUMBER' || actual?.tokenType?.name === 'CURRENCY') {
            return `a target needs a comparator before the number: >=, <=, =, >, < or between (found ${found(actual)})`;
        }
        return `a target is a comparator and a number (>= 60, <= 90 days, between 40 and 60 %) or a quoted text; found ${found(actual)}`;
    }
    if (LEVELS.every(l => next.includes(l)) && !next.includes('ID')) {
        const hint = actual && PERFORMER_WORDS.has(actual.image.toLowerCase()) ? `; the level of the individual (the job) is called performer` : '';
        return `a cause level is organization, process or performer; found ${found(actual)}${hint}`;
    }
    if (next.length === 1 && next[0] === 'STRING' && TITLED.has(ruleName) && previous?.tokenType?.name === 'ID') {
        const keyword = TITLED.get(ruleName)!;
        return `${keyword} ${previous.image} needs a quoted title after its name, e.g. ${keyword} ${previous.image} "..."; found ${found(actual)}`;
    }
    if (next.length === 1 && next[0] === 'STRING' && previous && /^[a-z]+$/.test(previous.image) && previous.tokenType?.name !== 'ID') {
        return `'${previous.image}' needs a quoted text after it, e.g. ${previous.image} "..."; found ${found(actual)}`;
    }
    if (next.length === 1 && next[0] === 'ID' && previous && /^[a-z]+$/.test(previous.image)) {
        return `'${previous.image}' needs a name after it (letters, digits, _ and -, starting with a letter or _); found ${found(actual)}`;
    }
    if (next.length === 1 && next[0] === '}') {
        return isEof(actual)
            ? `a '}' is missing before the end of the file`
            : `${found(actual)} cannot appear here; expected '}' to close the block (or a clause this block allows)`;
    }
    return `expected ${either(expected.map(describe))} here; found ${found(actual)}`;
}

export class WpcmParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return expectedMessage([options.expected], options.actual, options.previous, options.ruleName);
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const token = options.firstRedundant;
        if (token.image === '}') return `'}' has no block to close: there is one '}' too many`;
        return `a file holds declarations (${either(DECLARATIONS)}); found ${found(token)}`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const first = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0]).filter((t): t is TokenType => t !== undefined));
        return expectedMessage(first, options.actual[0], options.previous, options.ruleName);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const first = options.expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => t !== undefined);
        return expectedMessage(first, options.actual[0], options.previous, options.ruleName);
    }
}

/** Lexer errors: a character no token can start with. */
export class WpcmLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        const char = [...text][0] ?? '';
        if (/\p{L}|\p{N}/u.test(char)) {
            return `names may contain only ASCII letters, digits, _ and - and start with a letter or _; '${char}' is not allowed in a name (write it in the quoted title instead)`;
        }
        if (line === undefined || column === undefined) return `unexpected character '${char}'`;
        return `unexpected character '${char}': not part of any WPCM word, number, text or symbol`;
    }
}
