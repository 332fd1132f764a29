/** The kinds table agrees with the grammar: every kind is a named element, every clause a keyword. */
import { describe, expect, it } from 'vitest';
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
