/**
 * A fixture-driven rule tester, in the style of Safe-DS's test markers.
 *
 * Fixtures live in `tests/rules/<code>/`. Each `*.wpcm` file there (or each
 * sub-folder, whose `.wpcm` files are built together as one workspace) is a
 * case. In a fixture, `«` and `»` mark the exact range of an expected
 * finding, and the `// expect: <code>[, <code>...]` comment before a marker
 * names the codes reported there. The case passes when the file's findings
 * (every code, not only the folder's rule) are exactly the marked ones, each
 * with its rule's default severity. A `valid-*` case must mark nothing.
 *
 * `<case>.fixed.wpcm` beside a single-file case holds the text after the
 * preferred (first) quick fix of the folder's rule is applied to its first
 * finding; the fixed text must no longer report that finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { findRule, severityName } from '@wpcm/language';
import { buildFiles } from '../../language/src/build.js';
import { newServices } from '../support/workspace.js';

export const FIXTURES = new URL('./', import.meta.url).pathname;

export interface Expected {
    code: string;
    file: string;
    range: Range;
}

export interface Fixture {
    /** File name -> text with the markers removed. */
    files: Record<string, string>;
    expected: Expected[];
}

const OPEN = '«';
const CLOSE = '»';
const EXPECT = /\/\/\s*expect:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)/g;

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** Strips the markers from one file and pairs each marked range with the codes of the `expect:` comment before it. */
export function parseMarkers(file: string, marked: string): { text: string; expected: Expected[] } {
    const expected: Expected[] = [];
    const pendingCodes: string[][] = [];
    const claims = [...marked.matchAll(EXPECT)].map(m => ({ at: m.index, codes: m[1]!.split(',').map(c => c.trim()) }));
    let text = '';
    let open: number | undefined;
    for (let i = 0; i < marked.length; i++) {
        const char = marked[i]!;
        while (claims.length > 0 && claims[0]!.at <= i) pendingCodes.push(claims.shift()!.codes);
        if (char === OPEN) {
            if (open !== undefined) throw new Error(`${file}: nested ${OPEN}`);
            open = text.length;
        } else if (char === CLOSE) {
            if (open === undefined) throw new Error(`${file}: ${CLOSE} without ${OPEN}`);
            const codes = pendingCodes.shift();
            if (!codes) throw new Error(`${file}: a marked range at ${JSON.stringify(positionAt(text, open))} has no "// expect:" comment before it`);
            const range = { start: positionAt(text, open), end: positionAt(text, text.length) };
            for (const code of codes) expected.push({ code, file, range });
            open = undefined;
        } else {
            text += char;
        }
    }
    if (open !== undefined) throw new Error(`${file}: ${OPEN} without ${CLOSE}`);
    if (pendingCodes.length > 0 || claims.length > 0) throw new Error(`${file}: an "// expect:" comment has no marked range after it`);
    return { text, expected };
}

export function readFixture(path: string): Fixture {
    const names = statSync(path).isDirectory()
        ? readdirSync(path).filter(n => n.endsWith('.wpcm')).sort().map(n => [n, join(path, n)] as const)
        : [[path.split('/').at(-1)!, path] as const];
    const files: Record<string, string> = {};
    const expected: Expected[] = [];
    for (const [name, file] of names) {
        const parsed = parseMarkers(name, readFileSync(file, 'utf8'));
        files[name] = parsed.text;
        expected.push(...parsed.expected);
    }
    return { files, expected };
}

export interface Actual extends Expected {
    severity: string;
    diagnostic: Diagnostic;
}

export async function buildFixture(files: Record<string, string>) {
    const services = newServices();
    const names = Object.keys(files);
    const built = await buildFiles(services, names.map(name => ({ uri: `file:///fixture/${name}`, text: files[name]! })));
    const actual: Actual[] = built.flatMap((file, i) => file.diagnostics.map(diagnostic => ({
        code: String(diagnostic.code), file: names[i]!, range: diagnostic.range, severity: severityName(diagnostic.severity), diagnostic
    })));
    return { services, documents: Object.fromEntries(built.map((file, i) => [names[i]!, file.document] as const)), actual };
}

/** A finding as one comparable line: file:line:col-line:col code. */
export function describeFinding(finding: Expected): string {
    const { start, end } = finding.range;
    return `${finding.file}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${finding.code}`;
}

/** The text after the rule's preferred quick fix for the diagnostic, or undefined when it offers none. */
export async function applyFirstFix(services: ReturnType<typeof newServices>, document: LangiumDocument, diagnostic: Diagnostic): Promise<string | undefined> {
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    const fixes = findRule(String(diagnostic.code))?.fixes ?? [];
    const action = actions.find(a => !a.title.startsWith('Disable '));
    if (fixes.length === 0 || !action) return undefined;
    const edits = action.edit!.changes![document.uri.toString()]!;
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'wpcm', 1, document.textDocument.getText()), edits);
}

/** The case names in a rule's fixture folder: `*.wpcm` files (not `*.fixed.wpcm`) and sub-folders. */
export function casesOf(code: string): string[] {
    const folder = join(FIXTURES, code);
    return readdirSync(folder).filter(n => (n.endsWith('.wpcm') && !n.endsWith('.fixed.wpcm')) || statSync(join(folder, n)).isDirectory()).sort();
}

export function ruleFolders(): string[] {
    return readdirSync(FIXTURES).filter(n => statSync(join(FIXTURES, n)).isDirectory()).sort();
}
