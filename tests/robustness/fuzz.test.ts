/**
 * The server and the CLI must survive any text: random mutations and
 * truncations of the examples, random bytes, deep nesting, a multi-megabyte
 * file. Every case must end in a list of well-formed diagnostics, with no
 * exception escaping and no validator crashing (Langium would otherwise turn
 * a crash into an "An error occurred" diagnostic or a console.error).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildFiles } from '../../language/src/build.js';
import { findRule } from '@wpcm/language';
import { seededRandom } from '../support/random.js';
import { newServices, readExample } from '../support/workspace.js';

const services = newServices();
const EXAMPLES = [readExample('direct-seller.wpcm'), readExample('abc-co.wpcm')];
const TOKENS = ['{', '}', '"', "'", 'motion', 'kpi', 'target', '>=', 'between', 'and', 'per', 'day', '%', '$', '10k', '-5',
    'measured in', 'supports', ',', 'persona', 'competency', 'coach', 'gap', 'cause', 'intervention', 'model "x"',
    '/*', '*/', '//', '\n', '\u0000', '\uFFFD', '😀', 'wpcm-disable-next-line', '../', '<script>'];

let consoleError: ReturnType<typeof vi.spyOn>;
beforeAll(() => { consoleError = vi.spyOn(console, 'error'); });
afterAll(() => { consoleError.mockRestore(); });

async function diagnoseOnce(text: string, index: number): Promise<Diagnostic[]> {
    const uri = `file:///fuzz/case-${index}.wpcm`;
    const [file] = await buildFiles(services, [{ uri, text }]);
    await services.shared.workspace.DocumentBuilder.update([], [file!.document.uri]);
    return [...file!.diagnostics];
}

function expectWellFormed(text: string, diagnostics: Diagnostic[]): void {
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const d of diagnostics) {
        expect(findRule(String(d.code)), `unknown code ${d.code}`).toBeDefined();
        expect(String(d.message)).not.toMatch(/An error occurred/);
        expect(d.range.start.line).toBeLessThanOrEqual(lines);
        expect(d.range.end.line).toBeGreaterThanOrEqual(d.range.start.line);
    }
}

function mutate(random: () => number, base: string): string {
    let text = base;
    const edits = 1 + Math.floor(random() * 6);
    for (let i = 0; i < edits; i++) {
        const at = Math.floor(random() * (text.length + 1));
        const choice = random();
        if (choice < 0.3) {
            text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
        } else if (choice < 0.7) {
            text = text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
        } else if (choice < 0.85) {
            const from = Math.floor(random() * text.length);
            text = text.slice(0, at) + text.slice(from, from + Math.floor(random() * 80)) + text.slice(at);
        } else {
            text = text.slice(0, at);
        }
    }
    return text;
}

describe('fuzz', () => {
    it('survives 2,000 random mutations of the examples', async () => {
        const random = seededRandom(20261122);
        for (let i = 0; i < 2000; i++) {
            const text = mutate(random, EXAMPLES[i % 2]!);
            expectWellFormed(text, await diagnoseOnce(text, i));
        }
        expect(consoleError).not.toHaveBeenCalled();
    });

    it('survives every truncation point of the ABC Co. example', async () => {
        const text = EXAMPLES[1]!;
        for (let end = 0; end <= text.length; end += 7) {
            const part = text.slice(0, end);
            expectWellFormed(part, await diagnoseOnce(part, end));
        }
        expect(consoleError).not.toHaveBeenCalled();
    });

    it('survives 300 files of random bytes and random tokens', async () => {
        const random = seededRandom(42);
        for (let i = 0; i < 300; i++) {
            const length = Math.floor(random() * 400);
            const text = i % 2 === 0
                ? Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('')
                : Array.from({ length: length / 4 }, () => TOKENS[Math.floor(random() * TOKENS.length)]).join(' ');
            const diagnostics = await diagnoseOnce(text, 10_000 + i);
            expectWellFormed(text, diagnostics);
        }
        expect(consoleError).not.toHaveBeenCalled();
    });

    it('survives very deep nesting', async () => {
        for (const text of ['{'.repeat(50_000), 'persona P {'.repeat(5_000), `${'persona P { motion M "Close the deal" { kpi K "k" { target >= '.repeat(2_000)}`]) {
            const diagnostics = await diagnoseOnce(text, text.length);
            expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
            expectWellFormed(text, diagnostics);
        }
    });

    it('checks a multi-megabyte file', async () => {
        const persona = (i: number) => `persona P${i} "Seller ${i}" {\n    motion M${i} "Qualify the lead" {\n        goal "Create an opportunity."\n        kpi K${i} "Qualified leads" {\n            target >= 5 leads per week\n            measured in CRM\n        }\n    }\n    competency C${i} "How to qualify" {\n        supports M${i}\n        value "Saves weeks."\n    }\n}\n`;
        const text = `system CRM\n${Array.from({ length: 12_000 }, (_, i) => persona(i)).join('')}`;
        expect(text.length).toBeGreaterThan(3_000_000);
        const diagnostics = await diagnoseOnce(text, -1);
        expect(diagnostics).toEqual([]);
    }, 120_000);
});
