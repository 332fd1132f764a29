/**
 * The largest document WPCM parses: 16 MiB of text (16,777,216 UTF-16 code
 * units; about 16 MB of ASCII). Ten times the largest model we have seen
 * and well inside the memory budget; anything bigger is almost certainly
 * not a hand-written model (a log, a dump, /dev/zero behind a symlink). A
 * bigger document is not parsed at all: it gets one syntax-error finding at
 * 1:1 saying so, in the editor and the CLI alike.
 */
import type { AstNode, LangiumSharedCoreServices, ParseResult, ParserOptions, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

/** "too large to check (17 MB; ...)", for a file of `size` characters (or bytes). */
export function tooLargeMessage(size: number): string {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024 * 10) / 10} MB`;
    return `too large to check (${mb(size)}; the limit is ${mb(MAX_DOCUMENT_CHARS)}); split it into several .wpcm files`;
}

export class SizeLimitedDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        if (text.length <= MAX_DOCUMENT_CHARS) return super.parse(uri, text, options);
        return this.tooLarge(super.parse<T>(uri, '', options), text.length);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        if (text.length <= MAX_DOCUMENT_CHARS) return super.parseAsync(uri, text, cancellationToken);
        return this.tooLarge(super.parse<T>(uri, '', undefined), text.length);
    }

    private tooLarge<T extends AstNode>(empty: ParseResult<T>, chars: number): ParseResult<T> {
        return { ...empty, lexerErrors: [{ message: `This file is ${tooLargeMessage(chars)}.`, offset: 0, length: 0, line: 1, column: 1 }] };
    }
}
