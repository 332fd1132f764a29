/**
 * The normative examples: both parse unchanged, every
 * `// expect: <code>` line gives exactly that code on the construct below it,
 * and nothing else is reported as an error.
 */
import { CstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver-types';
import { EXAMPLE_FINDINGS } from '../support/examples.js';
import { brief, buildWorkspace, readExample } from '../support/workspace.js';

function contains(outer: Range, inner: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe.each(['direct-seller.wpcm', 'abc-co.wpcm'])('%s', (name) => {
    const text = readExample(name);

    it('parses without syntax errors and reports no errors at all', async () => {
        const { [name]: file } = await buildWorkspace({ [name]: text });
        expect(file!.document.parseResult.lexerErrors).toEqual([]);
        expect(file!.document.parseResult.parserErrors).toEqual([]);
        expect(file!.diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    it('reports each expected code on the construct below its comment', async () => {
        const { [name]: file } = await buildWorkspace({ [name]: text });
        const lines = text.split('\n');
        const expectations = lines.flatMap((line, index) => {
            const match = /\/\/\s*expect:\s*([a-z-]+)/.exec(line);
            return match ? [{ code: match[1]!, line: index }] : [];
        });
        expect(expectations.length).toBeGreaterThan(0);
        const root = file!.document.parseResult.value.$cstNode!;
        for (const { code, line } of expectations) {
            const next = lines.slice(line + 1).findIndex(l => l.trim() !== '' && !l.trim().startsWith('//')) + line + 1;
            const offset = file!.document.textDocument.offsetAt({ line: next, character: lines[next]!.search(/\S/) });
            const construct = CstUtils.findLeafNodeAtOffset(root, offset)!.astNode.$cstNode!;
            const inside = file!.diagnostics.filter(d => contains(construct.range, d.range));
            expect(inside.map(d => d.code), `line ${next + 1}`).toContain(code);
            expect(inside.filter(d => d.code === code), `line ${next + 1}`).toHaveLength(1);
        }
    });
});

describe('complete findings of the examples', () => {
    it.each(Object.keys(EXAMPLE_FINDINGS) as Array<keyof typeof EXAMPLE_FINDINGS>)('%s', async (name) => {
        const text = readExample(name);
        const { [name]: file } = await buildWorkspace({ [name]: text });
        expect(brief(text, file!.diagnostics)).toEqual(EXAMPLE_FINDINGS[name].map(({ code, severity, line, text }) => ({ code, severity, line, text })));
        const at = (line: number, column: number, code: string) => `${line}:${column} ${code}`;
        expect(file!.diagnostics.map(d => at(d.range.start.line + 1, d.range.start.character + 1, String(d.code))).sort())
            .toEqual(EXAMPLE_FINDINGS[name].map(f => at(f.line, f.column, f.code)).sort());
    });

    it('both examples in one workspace stay separate models', async () => {
        const files = await buildWorkspace({
            'direct-seller.wpcm': readExample('direct-seller.wpcm'),
            'abc-co.wpcm': readExample('abc-co.wpcm')
        });
        const all = Object.values(files).flatMap(f => f.diagnostics);
        // Both declare `system CRM`, but under different model headers: no conflict.
        expect(all.filter(d => d.severity === 1)).toEqual([]);
    });
});
