/**
 * The TextMate grammar, run by the engine VS Code uses (vscode-textmate with
 * vscode-oniguruma): scopes of keywords, names, strings, numbers,
 * comparators and values in both normative examples; clauses split over
 * lines; and every keyword of the Langium grammar (read from the generated
 * grammar, so a new keyword fails here until the TextMate grammar knows it).
 */
import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { WpcmGrammar } from '../../language/src/generated/grammar.js';

interface Token { line: number; text: string; scopes: string[] }

const root = new URL('../../', import.meta.url);
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(new URL('node_modules/vscode-oniguruma/release/onig.wasm', root));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: sources => new oniguruma.OnigScanner(sources), createOnigString: text => new oniguruma.OnigString(text) }),
        loadGrammar: async scopeName => scopeName === 'source.wpcm'
            ? textmate.parseRawGrammar(readFileSync(new URL('extension/syntaxes/wpcm.tmLanguage.json', root), 'utf8'), 'wpcm.tmLanguage.json')
            : null
    });
    grammar = (await registry.loadGrammar('source.wpcm'))!;
});

function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let state = textmate.INITIAL;
    text.split('\n').forEach((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            const piece = line.slice(token.startIndex, token.endIndex);
            if (piece.trim() !== '') tokens.push({ line: index + 1, text: piece.trim(), scopes: token.scopes });
        }
        state = result.ruleStack;
    });
    return tokens;
}

/** The innermost scope of each token whose text is `text` (on `line`, when given). */
function scopesOf(tokens: Token[], text: string, line?: number): string[] {
    return tokens.filter(t => t.text === text && (line === undefined || t.line === line)).map(t => t.scopes.at(-1)!);
}

const example = (name: string) => readFileSync(new URL(`examples/${name}`, root), 'utf8');

describe('TextMate grammar on the examples (vscode-textmate + vscode-oniguruma)', () => {
    it('direct-seller.wpcm: keywords, names, strings, numbers, comparators and values', () => {
        const tokens = tokenize(example('direct-seller.wpcm'));
        const at = (text: string, line: number) => scopesOf(tokens, text, line);
        expect(at('persona', 19)).toEqual(['storage.type.persona.wpcm']);
        expect(at('DirectSeller', 19)).toEqual(['entity.name.type.class.persona.wpcm']);
        expect(at('motion', 22)).toEqual(['storage.type.motion.wpcm']);
        expect(at('Prospect', 22)).toEqual(['entity.name.function.motion.wpcm']);
        expect(at('target', 26)).toEqual(['keyword.other.target.wpcm']);
        expect(at('>=', 26)).toEqual(['keyword.operator.comparison.wpcm']);
        expect(at('60', 26)).toEqual(['constant.numeric.wpcm']);
        expect(at('touches', 26)).toEqual(['keyword.other.unit.wpcm']);
        expect(at('per day', 26)).toEqual([]);
        expect(at('day', 26)).toEqual(['constant.language.period.wpcm']);
        expect(at('Lead', 49)).toEqual(['entity.name.type.term.wpcm']);
        expect(at('<=', 61)).toEqual(['keyword.operator.comparison.wpcm']);
        expect(at('%', 65)).toEqual(['keyword.other.unit.wpcm']);
        expect(at('measured', 28)).toEqual(['keyword.other.measured.wpcm']);
        expect(at('in', 28)).toEqual(['keyword.other.measured.wpcm']);
        expect(at('Engagement', 28)).toEqual(['entity.name.namespace.system.wpcm']);
        expect(at('supports', 80)).toEqual(['keyword.other.reference.wpcm']);
        expect(at('Close', 80)).toEqual(['variable.other.reference.wpcm']);
        expect(at('format', 82)).toEqual(['keyword.other.clause.wpcm']);
        expect(at('video', 82)).toEqual(['constant.other.format.wpcm']);
        expect(at('practice', 85)).toEqual(['keyword.other.clause.wpcm']);
        expect(at('roleplay', 85)).toEqual(['constant.other.practice.wpcm']);
        expect(at('Dana', 86)).toEqual(['variable.other.reference.wpcm']);
        expect(at('role', 103)).toEqual(['keyword.other.clause.wpcm']);
        expect(at('sme', 103)).toEqual(['constant.other.role.wpcm']);
        expect(tokens.find(t => t.line === 74 && t.text.startsWith('above'))?.scopes.at(-1)).toBe('string.quoted.double.wpcm');
        expect(tokens.filter(t => t.line === 8).every(t => t.scopes.some(s => s.startsWith('comment.line')))).toBe(true);
    });

    it('abc-co.wpcm: organization, strategy, reports, causes and interventions', () => {
        const tokens = tokenize(example('abc-co.wpcm'));
        const at = (text: string, line: number) => scopesOf(tokens, text, line);
        expect(at('organization', 9)).toEqual(['storage.type.organization.wpcm']);
        expect(at('ABC', 9)).toEqual(['entity.name.namespace.organization.wpcm']);
        expect(at('strategy', 10)).toEqual(['keyword.other.clause.wpcm']);
        expect(at('reports', 11)).toEqual(['keyword.other.clause.wpcm']);
        expect(at('quarterly', 11)).toEqual(['constant.other.reports.wpcm']);
        expect(at('80', 19)).toEqual(['constant.numeric.wpcm']);
        expect(at('cause', 31)).toEqual(['keyword.other.cause.wpcm']);
        expect(at('organization', 31)).toEqual(['constant.language.level.wpcm']);
        expect(at('process', 33)).toEqual(['constant.language.level.wpcm']);
    });
});

describe('clauses split over lines keep their scopes', () => {
    const text = [
        'competency C "How to do it" {',
        '    supports M1,',
        '        M2',
        '    format video,',
        '        infographic',
        '}',
        'persona P {',
        '    motion M1 "Call the lead" {',
        '        kpi K "Calls" {',
        '            target',
        '                >= 5 days',
        '            measured in',
        '                CRM',
        '            counts "calls"',
        '        }',
        '    }',
        '}'
    ].join('\n');
    let tokens: Token[];
    beforeAll(() => { tokens = tokenize(text); });

    it('supports M1, / M2 and format video, / infographic', () => {
        expect(scopesOf(tokens, 'M2', 3)).toEqual(['variable.other.reference.wpcm']);
        expect(scopesOf(tokens, 'infographic', 5)).toEqual(['constant.other.format.wpcm']);
    });

    it('target / >= 5 days and measured in / CRM', () => {
        expect(scopesOf(tokens, '>=', 11)).toEqual(['keyword.operator.comparison.wpcm']);
        expect(scopesOf(tokens, '5', 11)).toEqual(['constant.numeric.wpcm']);
        expect(scopesOf(tokens, 'days', 11)).toEqual(['keyword.other.unit.wpcm']);
        expect(scopesOf(tokens, 'CRM', 13)).toEqual(['entity.name.namespace.system.wpcm']);
        // The clause after them is a clause again, not part of the target.
        expect(scopesOf(tokens, 'counts', 14)).toEqual(['keyword.other.clause.wpcm']);
        expect(scopesOf(tokens, 'persona', 7)).toEqual(['storage.type.persona.wpcm']);
    });
});

/** One use of every keyword in context; a keyword the grammar gains must be added here and highlighted. */
const EVERY_KEYWORD = `model "M"
term Lead "A contact."
system CRM "Salesforce"
persona P "P" {
    description "d"
    motion Q "Qualify the lead" {
        goal "g"
        question "q"
        requires { "r" }
        kpi K "K" {
            target >= 1 % per day
            target <= 1 per week
            target = 1 per month
            target > 1 per quarter
            target < 1 per year
            target ≥ 1 per Lead
            target ≤ 1
            target between 1 and 2
            counts "c"
            measured in CRM
        }
    }
    competency C "How to" {
        supports Q, Q
        value "v"
        format video
        search "s"
        say "s"
        practice roleplay
        coached by Dana
    }
}
coach Dana "Dana" {
    role sme
    expert in C
}
organization O "O" {
    strategy "s"
    reports quarterly
}
gap G "G" {
    affects P
    performance K is 45 %
    cause performer "c" as knowledge
    cause performer "c" as capacity
    cause performer "c" as motives
    cause process "c" as information
    cause process "c" as resources
    cause organization "c" as incentives
    intervention training "t" addresses performer, process
    evaluated by K, K
}`;

describe('every keyword of the Langium grammar is highlighted', () => {
    const keywords = [...new Set(AstUtils.streamAllContents(WpcmGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).toArray())];

    it('reads the keywords from the generated grammar', () => {
        expect(keywords).toEqual(expect.arrayContaining(['model', 'persona', 'target', 'between', 'per', 'day', '>=', '≤', '%', '{', ',', 'addresses', 'performer']));
        expect(keywords.length).toBeGreaterThanOrEqual(50);
    });

    it('as a keyword (or a punctuation or operator for symbols) wherever it is used', () => {
        const tokens = tokenize(EVERY_KEYWORD);
        const word = /^(keyword|storage\.type|constant\.language)\./;
        const symbol = /^(keyword\.operator|keyword\.other\.unit|punctuation)\./;
        for (const keyword of keywords) {
            const uses = tokens.filter(t => t.text === keyword || (keyword.length > 1 && t.text.split(/\s+/).includes(keyword)));
            expect(uses.length, `keyword '${keyword}' is used in EVERY_KEYWORD`).toBeGreaterThan(0);
            const expected = /^\w+$/.test(keyword) ? word : symbol;
            for (const use of uses) expect(use.scopes.at(-1), `'${keyword}' on line ${use.line}`).toMatch(expected);
        }
    });
});
