/**
 * The VS Code extension's static contributions: manifest, settings in step
 * with the rule catalogue, language configuration, snippets and the
 * hand-written TextMate grammar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '@wpcm/language';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../extension/${path}`, import.meta.url), 'utf8')) as Record<string, any>;
const manifest = read('package.json');
const root = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('extension manifest', () => {
    it('targets VS Code 1.100 at most and shares the project version', () => {
        expect(manifest.engines.vscode).toBe('^1.100.0');
        expect(manifest.version).toBe(root.version);
        expect(manifest.main).toBe('./out/extension.cjs');
        // VS Code for the Web (vscode.dev, github.dev) loads this one, with the server in a Web Worker.
        expect(manifest.browser).toBe('./out/extension-web.js');
    });

    it('registers .wpcm with its grammar, configuration and snippets', () => {
        expect(manifest.contributes.languages).toEqual([expect.objectContaining({ id: 'wpcm', extensions: ['.wpcm'], configuration: './language-configuration.json' })]);
        expect(manifest.contributes.grammars).toEqual([{ language: 'wpcm', scopeName: 'source.wpcm', path: './syntaxes/wpcm.tmLanguage.json' }]);
        expect(manifest.contributes.snippets).toEqual([{ language: 'wpcm', path: './snippets/wpcm.json' }]);
    });

    it('offers a severity setting for every rule that can be switched off', () => {
        const rules = manifest.contributes.configuration.properties['wpcm.rules'];
        expect(Object.keys(rules.properties).sort()).toEqual(ALL_RULES.filter(r => r.suppressible !== false).map(r => r.code).sort());
        for (const property of Object.values(rules.properties) as Array<{ enum: string[] }>) {
            expect(property.enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
        }
        expect(manifest.contributes.configuration.properties['wpcm.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    });

    it('contributes the four commands, named as users look for them', () => {
        expect(manifest.contributes.commands.map((c: { category: string; title: string }) => `${c.category}: ${c.title}`)).toEqual([
            'WPCM: Generate Dashboard', 'WPCM: Generate Module Outlines', 'WPCM: Open Dashboard Preview', 'WPCM: Open Coaching Report'
        ]);
        const source = readFileSync(new URL('../../extension/src/activate.ts', import.meta.url), 'utf8');
        for (const { command } of manifest.contributes.commands) expect(source).toContain(`'${command}'`);
    });

    it('declares what works in untrusted and virtual workspaces', () => {
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['wpcm.generate.dashboardFolder', 'wpcm.generate.modulesFolder']);
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });
});

describe('language configuration', () => {
    const config = read('language-configuration.json');

    it('knows comments, brackets, auto-closing pairs and indentation', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.brackets).toEqual([['{', '}']]);
        expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(['{', '"', "'", '/*']);
        expect(new RegExp(config.indentationRules.increaseIndentPattern).test('persona P "t" {')).toBe(true);
        expect(new RegExp(config.indentationRules.increaseIndentPattern).test('    motion M "a { b" { goal "x" }')).toBe(false);
        expect(new RegExp(config.indentationRules.decreaseIndentPattern).test('    }')).toBe(true);
        const word = new RegExp(`^(?:${config.wordPattern})$`);
        expect(['EnsureSuccess', 'job-aid', '10k', '1,000'].every(w => word.test(w))).toBe(true);
    });
});

describe('snippets', () => {
    it('cover persona, motion, kpi, competency, coach and gap', () => {
        const snippets = read('snippets/wpcm.json') as Record<string, { prefix: string; body: string[] }>;
        expect(Object.values(snippets).map(s => s.prefix)).toEqual(['persona', 'motion', 'kpi', 'competency', 'coach', 'gap']);
    });
});

describe('TextMate grammar', () => {
    const grammar = read('syntaxes/wpcm.tmLanguage.json');

    /** Every regex of the grammar, with the repository key it sits under. */
    function regexes(node: unknown, where = ''): Array<[string, string]> {
        if (Array.isArray(node)) return node.flatMap((n, i) => regexes(n, `${where}[${i}]`));
        if (!node || typeof node !== 'object') return [];
        return Object.entries(node).flatMap(([key, value]) =>
            ['match', 'begin', 'end'].includes(key) && typeof value === 'string' ? [[`${where}.${key}`, value] as [string, string]] : regexes(value, `${where}.${key}`));
    }

    it('is source.wpcm and every include points into its repository', () => {
        expect(grammar.scopeName).toBe('source.wpcm');
        const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
        for (const include of includes) expect(Object.keys(grammar.repository)).toContain(include.slice(12, -1));
    });

    it('has regexes that compile', () => {
        const all = regexes(grammar);
        expect(all.length).toBeGreaterThan(20);
        for (const [where, source] of all) expect(() => new RegExp(source, 'u'), where).not.toThrow();
    });

    it('names every keyword of the language', () => {
        const text = JSON.stringify(grammar);
        const keywords = ['model', 'term', 'system', 'persona', 'description', 'motion', 'goal', 'question', 'requires', 'kpi', 'target',
            'counts', 'measured', 'per', 'between', 'competency', 'supports', 'value', 'format', 'search', 'say', 'practice', 'coached',
            'coach', 'role', 'expert', 'organization', 'strategy', 'reports', 'gap', 'affects', 'cause', 'intervention', 'addresses'];
        for (const keyword of keywords) expect(text, keyword).toMatch(new RegExp(`\\b${keyword}\\b`));
    });
});
