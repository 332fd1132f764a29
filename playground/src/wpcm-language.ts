/**
 * Syntax colouring for .wpcm text in CodeMirror. The keywords come from the
 * grammar (injected at build time by scripts/build-playground.mjs); names,
 * diagnostics and everything else that needs the parser come from the
 * language server.
 */
import { StreamLanguage } from '@codemirror/language';

declare const __WPCM_KEYWORDS__: readonly string[];

const KEYWORDS = new Set(__WPCM_KEYWORDS__);

export const wpcmLanguage = StreamLanguage.define<{ inComment: boolean }>({
    name: 'wpcm',
    startState: () => ({ inComment: false }),
    token(stream, state) {
        if (state.inComment) {
            if (stream.skipTo('*/')) { stream.match('*/'); state.inComment = false; } else stream.skipToEnd();
            return 'comment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) { stream.skipToEnd(); return 'comment'; }
        if (stream.match('/*')) { state.inComment = true; return 'comment'; }
        if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
        if (stream.match(/^-?\d[\d,]*(?:\.\d+)?[kKM]?/)) return 'number';
        if (stream.match(/^(?:>=|<=|[<>=%$€£¥≥≤])/)) return 'operator';
        const word = stream.match(/^[_a-zA-Z][\w-]*/);
        if (word) return KEYWORDS.has((word as RegExpMatchArray)[0]) ? 'keyword' : 'variableName';
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});
