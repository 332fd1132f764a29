/**
 * Formatting: one canonical layout (the examples' own), idempotent, and it
 * never changes meaning: the formatted text parses to the same AST and keeps
 * every comment, for the examples and a corpus of mutated inputs.
 */
import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { FormattingOptions } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readExample } from '../support/workspace.js';
import { EVERYTHING, formatterCorpus } from './format-corpus.js';
import { lspServices, parser } from './support.js';

const SPACES: FormattingOptions = { tabSize: 4, insertSpaces: true };
const services = lspServices();
const parse = parser(services);

async function format(text: string, options = SPACES): Promise<string> {
    const document = await parse(text, { validation: false });
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return TextDocument.applyEdits(TextDocument.create('file:///f.wpcm', 'wpcm', 1, text), edits);
}

/** The AST as JSON, without CST, positions or resolved targets: what the text means. */
function meaning(document: LangiumDocument): string {
    return services.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, textRegions: false, comments: false, space: 0 })
        .replace(/"\$ref":"[^"]*"/g, '');
}

function comments(document: LangiumDocument): string[] {
    return CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(leaf => leaf.hidden && leaf.tokenType.name !== 'WS')
        .map(leaf => leaf.text.split(/\r?\n/).map(line => line.trim()).join('\n')).toArray();
}

function syntaxErrors(document: LangiumDocument): number {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
}

async function checkPreserves(text: string, formatted: string, label: string): Promise<void> {
    const before = await parse(text, { validation: false });
    const after = await parse(formatted, { validation: false });
    expect(syntaxErrors(before), `${label}: input parses`).toBe(0);
    expect(syntaxErrors(after), `${label}: output parses`).toBe(0);
    expect(meaning(after), `${label}: same AST`).toBe(meaning(before));
    expect(comments(after), `${label}: same comments`).toEqual(comments(before));
}

describe('canonical layout', () => {
    it.each(['direct-seller.wpcm', 'abc-co.wpcm'])('leaves %s exactly as it is', async (name) => {
        const text = readExample(name);
        expect(await format(text)).toBe(text);
    });

    it('leaves the every-construct model as it is', async () => {
        expect(await format(EVERYTHING)).toBe(EVERYTHING);
    });

    it('lays out a cramped model', async () => {
        await expectFormatting(services)({
            before: 'system CRM\npersona P{motion M "Do it"{goal "g" kpi K "k"{target>=60 calls per day measured in CRM}}competency C "How to x"{supports M ,M value "v"}}',
            after: [
                'system CRM',
                'persona P {',
                '    motion M "Do it" {',
                '        goal "g"',
                '        kpi K "k" {',
                '            target >= 60 calls per day',
                '            measured in CRM',
                '        }',
                '    }',
                '    competency C "How to x" {',
                '        supports M, M',
                '        value "v"',
                '    }',
                '}',
                ''
            ].join('\n'),
            options: SPACES
        });
    });

    it('keeps at most one blank line, none after { or before }, and one final newline', async () => {
        expect(await format('\n\n\nsystem A\n\n\n\nsystem B\npersona P {\n\n\n  motion M "Do it" {\n\n goal "g"\n\n\n\n question "q"\n\n }\n\n}\n\n\n')).toBe(
            'system A\n\nsystem B\npersona P {\n    motion M "Do it" {\n        goal "g"\n\n        question "q"\n    }\n}\n');
    });

    it('re-indents comments with the code they precede, and puts one space before a trailing comment', async () => {
        expect(await format('persona P {\n// about M\n      motion M "Do it" {   goal "g"     // why\n/* block\n   comment */\n  }\n}\n')).toBe(
            'persona P {\n    // about M\n    motion M "Do it" {\n        goal "g" // why\n        /* block\n           comment */\n    }\n}\n');
    });

    it('writes targets canonically: spaces around words, none inside $10k or before a comma', async () => {
        expect(await format('persona P { motion M "m" { kpi K "k" { target between $10k and   $20k per   week } } }\ncompetency C "How to c" { format video ,infographic }\n'))
            .toBe('persona P {\n    motion M "m" {\n        kpi K "k" {\n            target between $10k and $20k per week\n        }\n    }\n}\ncompetency C "How to c" {\n    format video, infographic\n}\n');
    });

    it('leaves a unit glued to its number: 2.5m may mean 2.5 million, which kpi-target-ambiguous-unit asks about', async () => {
        // A space would have answered "a unit" for the author and silenced the finding.
        expect(await format('persona P { motion M "m" { kpi K "k" { target >=  2.5m   per month } } }\n'))
            .toBe('persona P {\n    motion M "m" {\n        kpi K "k" {\n            target >= 2.5m per month\n        }\n    }\n}\n');
        expect(await format('persona P { motion M "m" { kpi K "k" { target >= 2.5   mm } } }\n'))
            .toBe('persona P {\n    motion M "m" {\n        kpi K "k" {\n            target >= 2.5 mm\n        }\n    }\n}\n');
    });

    it('keeps CR line endings', async () => {
        expect(await format('system A\rpersona P { motion M "m" { goal "g" } }')).toBe('system A\rpersona P {\r    motion M "m" {\r        goal "g"\r    }\r}\r');
    });

    it('uses tabs when the editor asks for them', async () => {
        expect(await format('persona P { motion M "m" { goal "g" } }', { tabSize: 4, insertSpaces: false })).toBe('persona P {\n\tmotion M "m" {\n\t\tgoal "g"\n\t}\n}\n');
    });

    it('keeps CRLF line endings', async () => {
        expect(await format('persona P {\r\n  motion M "m" { goal "g" }\r\n}')).toBe('persona P {\r\n    motion M "m" {\r\n        goal "g"\r\n    }\r\n}\r\n');
    });

    it('leaves a file with syntax errors alone', async () => {
        const broken = 'persona P {\n      motion M "m" { goal }\n';
        expect(await format(broken)).toBe(broken);
    });

    it('is a no-op on an empty file', async () => {
        expect(await format('')).toBe('');
    });
});

describe('meaning and idempotence over a corpus of mutated inputs', () => {
    const corpus = formatterCorpus();

    it('the corpus really is scrambled and parseable', async () => {
        expect(corpus.length).toBeGreaterThanOrEqual(100);
        const changed = corpus.filter(entry => !entry.text.startsWith(readExample('abc-co.wpcm').slice(0, 40))).length;
        expect(changed).toBeGreaterThan(0);
    });

    it.each(corpus.map(entry => [entry.name, entry.text] as const))('%s', async (name, text) => {
        const once = await format(text);
        await checkPreserves(text, once, name);
        expect(await format(once), `${name}: idempotent`).toBe(once);
    });

    it('mutations that only move whitespace format back to the original code layout', async () => {
        const plain = corpus.filter(e => e.name.startsWith('everything#') && !/\/\* c|\/\/ note/.test(e.text));
        expect(plain.length).toBeGreaterThanOrEqual(10);
        for (const entry of plain) {
            const formatted = await format(entry.text);
            // Blank lines are the author's choice (kept up to one) and a comment may now stand on
            // its own line, so compare the code alone; comments are checked above.
            const lines = (text: string) => text.replace(/\r\n/g, '\n').replace(/[ \t]*(\/\/[^\n]*|\/\*[\s\S]*?\*\/)/g, '')
                .replace(/\n[ \t]*(?=\n)/g, '\n').replace(/\n\n+/g, '\n').replace(/^\n/, '');
            expect(lines(formatted), entry.name).toBe(lines(EVERYTHING));
        }
    });
});
