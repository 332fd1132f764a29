/** The tables keyed by grammar words agree with the grammar: element kinds, clause keywords, keyword hovers. */
import { describe, expect, it } from 'vitest';
import { KEYWORD_DOCS } from '../../language/src/lsp/keyword-docs.js';
import { grammarKeywords } from '../../language/src/lsp/name-rules.js';
import { ELEMENT_KINDS, kindWord } from '../../language/src/model/kinds.js';
import { newServices } from '../support/workspace.js';

const grammar = newServices().Grammar;
const keywords = grammarKeywords(grammar);

describe('the element kinds table', () => {
    it('names a parser rule for every kind', () => {
        const rules = new Set(grammar.rules.map(rule => rule.name));
        for (const type of Object.keys(ELEMENT_KINDS)) expect(rules.has(type), type).toBe(true);
    });

    it.each(Object.entries(ELEMENT_KINDS))('%s: clause keywords are grammar keywords, single clauses are clauses', (_type, kind) => {
        for (const clause of kind.clauses) expect(keywords.has(clause), clause).toBe(true);
        for (const clause of kind.singleClauses) expect(kind.clauses, clause).toContain(clause);
    });

    it('words messages by kind', () => {
        expect(kindWord('Kpi')).toBe('KPI');
        expect(kindWord('System')).toBe('system');
        expect(kindWord('Persona or Motion')).toBe('persona or motion');
    });
});

describe('keyword hovers', () => {
    it('document grammar keywords only, and every element and clause keyword', () => {
        for (const word of Object.keys(KEYWORD_DOCS)) expect(keywords.has(word), word).toBe(true);
        const elementKeywords = Object.values(ELEMENT_KINDS).flatMap(kind => [kind.word.toLowerCase(), ...kind.clauses]);
        for (const word of elementKeywords) expect(KEYWORD_DOCS[word], word).toBeDefined();
    });
});
