/**
 * Langium's CstNodeBuilder adds the hidden tokens before a token (comments)
 * with `content.push(...children)` / `splice(index, 0, ...children)`: one
 * function argument per comment, so 200,000 comment lines in a row
 * overflowed the stack. This builder adds them in bounded chunks. Langium creates its
 * builder inside the parser's constructor with no service to replace it, so
 * WpcmParser swaps the (private) field right after construction; the field
 * is read only through `this.nodeBuilder` and the swap happens before any
 * parse.
 */
import type { CompositeCstNode, CstNode, LangiumCoreServices } from 'langium';
import { createParser, CstNodeBuilder, LangiumParser } from 'langium';

/** Arguments per call: far below any engine's limit, large enough that a few calls do it. */
const CHUNK = 10_000;

export class SpreadFreeCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        if (parent.content.length === 0) {
            super.appendChildren(parent, children);
            return;
        }
        const content = parent.content as CstNode[];
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
            content.push(child);
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        // The parser calls this before every token, mostly with no hidden tokens at all.
        if (children.length === 0) return;
        for (const child of children) (child as { container?: CompositeCstNode }).container = parent;
        const content = parent.content as CstNode[];
        for (let from = 0; from < children.length; from += CHUNK) {
            content.splice(index + from, 0, ...children.slice(from, from + CHUNK));
        }
    }
}

/** Langium's parser with the builder above; the same steps as Langium's createLangiumParser. */
export function createWpcmParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new SpreadFreeCstNodeBuilder();
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
