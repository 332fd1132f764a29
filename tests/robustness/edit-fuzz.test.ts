/**
 * Every edit the language server offers must leave a model that still
 * parses, means what it should, and is untouched outside the edit. Seeded
 * mutations of the two examples that stay meaningful (noun-phrase titles,
 * missing goals, KPIs, targets or sources, duplicate names, unknown
 * references, odd whitespace, comments, CRLF, tabs, non-ASCII text, several
 * files of one model, suppression comments) are built as one workspace;
 * then, the way an editor does it:
 * - every code action offered for every diagnostic is applied, and checked:
 *   its edits lie in the document and do not overlap; the result has no new
 *   syntax error; every token outside the edits is still there, whole; a
 *   quick fix (preferred or suppression) removes its finding and adds no new
 *   error; applied again, if it is still offered, it adds no duplicate;
 * - the formatter (spaces and tabs) gives text with the same AST, the same
 *   comments and the same findings, and formats to itself;
 * - range formatting of random ranges changes only whitespace, and the text
 *   means the same and has the same findings;
 * - rename of a quarter of the declared names (from the declaration or a
 *   reference) replaces exactly the old name and keeps the findings;
 * - completion at random places offers text edits on the cursor's line.
 * A discrepancy is collected with its case, and the test lists them all.
 * Against the code before the fixes it was written with, the default run
 * (80 cases) listed 520: lone LFs or CRs written into CRLF and CR files,
 * line suppressions that did not work in CR files or were written into a
 * block comment, one that brought a silenced finding back, and `2.5m`
 * formatted to `2.5 m`.
 * EDIT_FUZZ_SEED and EDIT_FUZZ_CASES run other or more cases; EDIT_FUZZ_VERBOSE=n prints the stats and n findings.
 */
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildFiles } from '../../language/src/build.js';
import type { Document } from '../../language/src/generated/ast.js';
import { namedElements } from '../../language/src/model/elements.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { seededRandom } from '../support/random.js';
import { newServices, readExample } from '../support/workspace.js';

type Files = Record<string, string>;
type Random = () => number;

const EXAMPLES = { direct: readExample('direct-seller.wpcm'), abc: readExample('abc-co.wpcm') };

// ---------------------------------------------------------------- mutations

const NOUN_TITLES = ['Deal closure', 'Lead qualification', 'Pipeline review', 'Account planning', 'Prospecting',
    'Opportunity management', 'Customer success', 'Negotiation', 'Demo preparation', 'Forecast accuracy'];
const FOREIGN_TEXT = ['Review the \\"hot\\" leads on C:\\\\', "It's done", 'Clôturer l’affaire «vite»', 'Qualifier le prospect', '商談をまとめる', 'Сделать предложение', 'Close 😀 the deal', 'Naïve café résumé'];

const pick = <T,>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Lines of `text` matching `pattern`, as indexes. */
function linesMatching(lines: string[], pattern: RegExp): number[] {
    return lines.flatMap((line, i) => pattern.test(line) ? [i] : []);
}

/** The line index where the block opened on `start` closes (by brace count; strings in the examples hold no braces). */
function blockEnd(lines: string[], start: number): number {
    let depth = 0;
    for (let i = start; i < lines.length; i++) {
        depth += (lines[i]!.match(/\{/g) ?? []).length - (lines[i]!.match(/\}/g) ?? []).length;
        if (depth <= 0) return i;
    }
    return lines.length - 1;
}

type LineMutation = (lines: string[], random: Random) => string[];

const LINE_MUTATIONS: Record<string, LineMutation> = {
    nounTitle: (lines, random) => {
        const at = linesMatching(lines, /^\s*motion \w+ "/);
        if (at.length === 0) return lines;
        const i = pick(random, at);
        lines[i] = lines[i]!.replace(/"[^"]*"/, `"${pick(random, NOUN_TITLES)}"`);
        return lines;
    },
    removeGoal: (lines, random) => removeLine(lines, random, /^\s*goal "/),
    removeTarget: (lines, random) => removeLine(lines, random, /^\s*target /),
    removeSource: (lines, random) => removeLine(lines, random, /^\s*measured in /),
    removeValue: (lines, random) => removeLine(lines, random, /^\s*value "/),
    removeSupports: (lines, random) => removeLine(lines, random, /^\s*supports /),
    removeKpi: (lines, random) => removeBlock(lines, random, /^\s*kpi \w+ /),
    removeMotions: (lines) => {
        // Leaves a persona with no motion at all.
        for (let i = lines.length - 1; i >= 0; i--) {
            if (/^\s*motion \w+ /.test(lines[i]!)) lines.splice(i, blockEnd(lines, i) - i + 1);
        }
        return lines;
    },
    removeCell: (lines, random) => replaceIn(lines, random, /^\s*cause .* as \w+/, l => l.replace(/ as \w+/, '')),
    removeIntervention: (lines, random) => removeLine(lines, random, /^\s*intervention /),
    misfitIntervention: (lines, random) => replaceIn(lines, random, /^\s*intervention \w+/, l => l.replace(/intervention \w+/, `intervention ${pick(random, ['training', 'tooling', 'compensation', 'coaching'])}`)),
    addCauses: (lines, random) => {
        const at = linesMatching(lines, /^\s*cause /);
        if (at.length === 0) return lines;
        const i = pick(random, at);
        const indent = /^\s*/.exec(lines[i]!)![0];
        lines.splice(i, 0, `${indent}cause ${pick(random, ['organization', 'process', 'performer'])} "An added cause with no cell"`,
            `${indent}cause process "Managers lack the report" as ${pick(random, ['information', 'resources', 'incentives', 'knowledge', 'capacity', 'motives'])}`);
        return lines;
    },
    duplicateName: (lines, random) => {
        const kpis = linesMatching(lines, /^\s*kpi \w+ /);
        if (kpis.length < 2) return lines;
        const name = /kpi (\w+)/.exec(lines[kpis[0]!]!)![1]!;
        const i = pick(random, kpis.slice(1));
        lines[i] = lines[i]!.replace(/kpi \w+/, `kpi ${name}`);
        return lines;
    },
    unknownReference: (lines, random) => replaceIn(lines, random, /^\s*(supports|measured in|coached by|expert in|affects) \w+/, l => l.replace(/(\w+)\s*$/, (_, name: string) => pick(random, [`${name}x`, name.slice(0, -1), 'Nowhere', `${name.toLowerCase()}`]))),
    unknownCoach: (lines, random) => replaceIn(lines, random, /^\s*coached by /, l => l.replace(/coached by \w+/, `coached by ${pick(random, ['Sam', 'Danaa', 'Kim'])}`)),
    unknownValue: (lines, random) => replaceIn(lines, random, /^\s*(format|practice|role|reports) \w+/, l => l.replace(/(format|practice|role|reports) \w+/, (_, k: string) => `${k} ${pick(random, ['webinr', 'rolplay', 'vdeo', 'quartely', 'sme2', 'infographc'])}`)),
    oddTarget: (lines, random) => replaceIn(lines, random, /^\s*target /, l => l.replace(/target .*$/, `target ${pick(random, [
        'between 30 and 20 %', 'between 20 and 10 calls per day', '>= 1.5m', '>= $2m per quarter', '>= 60 touches', '>= 3 meetings',
        '"high"', "'as many as possible'", '>= -5 calls per week', 'between $20k and $10k per Opportunity', '>= 2.5mm', '<= 10 days'])}`)),
    secondHeader: (lines, random) => {
        const i = Math.floor(random() * lines.length);
        if (blockDepthAt(lines, i) !== 0) return lines;
        lines.splice(i, 0, `model "${pick(random, ['Second', 'Direct Sales Enablement'])}"`);
        return lines;
    },
    suppressLine: (lines, random) => {
        const i = Math.floor(random() * lines.length);
        const indent = /^\s*/.exec(lines[i]!)![0];
        lines.splice(i, 0, `${indent}// wpcm-disable-next-line ${pick(random, ['motion-no-competency', 'kpi-no-source', 'motion-noun-phras', 'kpi-no-numeric-target, module-no-value', ''])}`);
        return lines;
    },
    suppressAboveElement: (lines, random) => {
        // A directive for one code right above a line that has findings of others.
        const at = linesMatching(lines, /^\s*(motion|kpi|competency|cause) /);
        if (at.length === 0) return lines;
        const i = pick(random, at);
        const codes: Record<string, string[]> = {
            motion: ['motion-no-competency', 'motion-no-competency -- planned'], kpi: ['kpi-no-numeric-target', 'kpi-no-source -- measured by hand'],
            competency: ['module-no-value'], cause: ['cause-no-cell', 'cause-no-cell -- not classified yet', 'gap-level-uncovered']
        };
        const kind = /^\s*(\w+)/.exec(lines[i]!)![1]!;
        lines.splice(i, 0, `${/^\s*/.exec(lines[i]!)![0]}// wpcm-disable-next-line ${pick(random, codes[kind]!)}`);
        return lines;
    },
    suppressFile: (lines, random) => {
        lines.splice(Math.floor(random() * lines.length), 0, `// wpcm-disable ${pick(random, ['motion-no-competency', 'gap-no-performance -- later', 'kpi-no-sourc', 'cause-no-cell'])}`);
        return lines;
    },
    trailingComment: (lines, random) => {
        const candidates = linesMatching(lines, /^\s*(goal|kpi|motion|target|measured|supports|cause|intervention|persona|system|competency|gap)\b/);
        if (candidates.length === 0) return lines;
        const i = pick(random, candidates);
        lines[i] = `${lines[i]}${pick(random, [' // note', '   /* a block comment */', '\t// «déjà vu»', ' /* two\n   lines */'])}`;
        return lines;
    },
    commentLine: (lines, random) => {
        const i = Math.floor(random() * lines.length);
        lines.splice(i, 0, pick(random, ['', '   // a stray comment', '/* a block\n   over two lines */', '\t\t// tabbed comment', '    ']));
        return lines;
    },
    blankLines: (lines, random) => {
        const i = Math.floor(random() * lines.length);
        lines.splice(i, 0, ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, ['', '  ', '\t'])));
        return lines;
    },
    trailingSpaces: (lines, random) => lines.map(line => random() < 0.3 ? `${line}${pick(random, [' ', '\t', '   '])}` : line),
    tabs: (lines) => lines.map(line => line.replace(/^( {4})+/, spaces => '\t'.repeat(spaces.length / 4))),
    twoSpaces: (lines) => lines.map(line => line.replace(/^( {4})+/, spaces => '  '.repeat(spaces.length / 4))),
    oneLiner: (lines, random) => {
        // A whole kpi or competency block on one line.
        const at = linesMatching(lines, /^\s*(kpi|competency|motion) \w+ .*\{\s*$/);
        if (at.length === 0) return lines;
        const i = pick(random, at);
        const end = blockEnd(lines, i);
        if (lines.slice(i, end + 1).some(l => l.includes('//'))) return lines;
        const joined = lines.slice(i, end + 1).map((l, k) => k === 0 ? l.trimEnd() : l.trim()).join(' ');
        lines.splice(i, end - i + 1, joined);
        return lines;
    },
    foreignTitle: (lines, random) => replaceIn(lines, random, /^\s*(motion|competency|kpi|persona|gap) \w+ "/, l => l.replace(/"[^"]*"/, `"${pick(random, FOREIGN_TEXT)}"`)),
    singleQuotes: (lines, random) => replaceIn(lines, random, /^\s*(motion|goal|kpi) .*"[^"']*"/, l => l.replace(/"([^"']*)"/, "'$1'")),
    multiLineString: (lines, random) => replaceIn(lines, random, /^\s*(goal|value|strategy|description) "[^"]* [^"]*"/, l => l.replace(/(goal|value|strategy|description) "([^" ]*) /, '$1 "$2\n        ')),
    commentBeforeClause: (lines, random) => replaceIn(lines, random, /^\s*(kpi|motion|competency|cause|intervention|target|measured|supports|value|goal) /,
        l => l.replace(/^(\s*)/, `$1${pick(random, ['/* a comment\n   over two lines */ ', '/* short */ ', '/**/'])}`)),
    commentBeforeElement: (lines, random) => replaceIn(lines, random, /^\s*(kpi|motion|competency) \w+/, l => l.replace(/^(\s*)/, '$1/* reviewed\n   by Sam */ ')),
    stringThenElement: (lines, random) => replaceIn(lines, random, /^\s*(kpi|motion|competency) \w+/, l => l.replace(/^(\s*)/, '$1say "Two\n   lines" ')),
    stringThenClause: (lines, random) => {
        // A clause that starts on the line where a multi-line string ends.
        const at = linesMatching(lines, /^\s*(goal|value|description|strategy) "[^"]*"\s*$/);
        if (at.length === 0) return lines;
        const i = pick(random, at);
        const next = lines.slice(i + 1).findIndex(l => l.trim() !== '' && !l.trim().startsWith('//'));
        if (next < 0 || !/^\s*(kpi|question|requires|format|search|say|practice|coached|supports|reports|motion|competency)\b/.test(lines[i + 1 + next]!)) return lines;
        const j = i + 1 + next;
        lines[i] = lines[i]!.replace(/"([^"]*)"\s*$/, '"$1\nand more." ') + lines[j]!.trim();
        lines.splice(j, 1);
        return lines;
    },
    oddWhitespace: (lines, random) => lines.map(line => random() < 0.15 && !/["']/.test(line)
        ? line.replace(/ /g, () => pick(random, [' ', '\t', '  ', '\u00a0', '\f', ' \t ']))
        : line),
    unicodeLineSeparator: (lines, random) => {
        const i = Math.floor(random() * lines.length);
        if (!/["'\/]/.test(lines[i]!)) lines[i] = `${lines[i]}${pick(random, ['\u2028', '\u2029', '\u00a0', '\ufeff'])}`;
        return lines;
    },
    affectsMotion: (lines) => {
        const motion = lines.map(l => /^\s*motion (\w+) /.exec(l)?.[1]).find(Boolean);
        return motion ? lines.map(l => l.replace(/^(\s*)affects (\w+)/, `$1affects $2, ${motion}`)) : lines;
    },
    perTerm: (lines, random) => replaceIn(lines, random, /^\s*target [^"']*$/, l => l.replace(/( per \w+)?\s*$/, ` per ${pick(random, ['Lead', 'Opportunity', 'Win', 'Leed'])}`)),
    crampedClauses: (lines, random) => {
        // Two clauses of one block on one line.
        const at = linesMatching(lines, /^\s*(goal|target|counts|format|value|supports) /);
        const i = at.length > 0 ? pick(random, at) : -1;
        if (i < 0 || i + 1 >= lines.length || !/^\s*(goal|target|counts|format|value|supports|measured|kpi) /.test(lines[i + 1]!) || lines[i]!.includes('//')) return lines;
        lines.splice(i, 2, `${lines[i]}  ${lines[i + 1]!.trim()}`);
        return lines;
    }
};

function removeLine(lines: string[], random: Random, pattern: RegExp): string[] {
    const at = linesMatching(lines, pattern);
    if (at.length > 0) lines.splice(pick(random, at), 1);
    return lines;
}

function removeBlock(lines: string[], random: Random, pattern: RegExp): string[] {
    const at = linesMatching(lines, pattern);
    if (at.length === 0) return lines;
    const i = pick(random, at);
    lines.splice(i, blockEnd(lines, i) - i + 1);
    return lines;
}

function replaceIn(lines: string[], random: Random, pattern: RegExp, change: (line: string) => string): string[] {
    const at = linesMatching(lines, pattern);
    if (at.length > 0) {
        const i = pick(random, at);
        lines[i] = change(lines[i]!);
    }
    return lines;
}

function blockDepthAt(lines: string[], line: number): number {
    let depth = 0;
    for (let i = 0; i < line; i++) depth += (lines[i]!.match(/\{/g) ?? []).length - (lines[i]!.match(/\}/g) ?? []).length;
    return depth;
}

/** Top-level elements of a file, as text chunks (an element with the comments before it). */
function splitElements(text: string): string[] {
    const lines = text.split('\n');
    const chunks: string[] = [];
    let current: string[] = [];
    let depth = 0;
    for (const line of lines) {
        if (depth === 0 && /^(term|system|persona|competency|coach|organization|gap) /.test(line) && current.some(l => /^\S/.test(l) && !l.startsWith('//'))) {
            chunks.push(current.join('\n'));
            current = [];
        }
        current.push(line);
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    }
    chunks.push(current.join('\n'));
    return chunks;
}

/** One case: a workspace of one or more files, built from an example by a few mutations. */
function makeCase(random: Random, index: number): { files: Files; mutations: string[] } {
    const base = index % 2 === 0 ? EXAMPLES.direct : EXAMPLES.abc;
    const names = Object.keys(LINE_MUTATIONS);
    const mutations = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, names));
    let lines = base.split('\n');
    for (const name of mutations) lines = LINE_MUTATIONS[name]!([...lines], random).flatMap(l => l.split('\n'));
    const text = lines.join('\n');
    let files: Files = { 'main.wpcm': text };
    if (random() < 0.25) {
        // Several files of one model: the elements split between two files, each with the model's header.
        const header = /^model .*$/m.exec(text)?.[0] ?? 'model "Split"';
        const chunks = splitElements(text.replace(/^model .*$/m, ''));
        const cut = 1 + Math.floor(random() * Math.max(1, chunks.length - 1));
        files = { 'a.wpcm': `${header}\n${chunks.slice(0, cut).join('\n')}\n`, 'b.wpcm': `${header}\n${chunks.slice(cut).join('\n')}\n` };
        mutations.push('split');
    }
    if (random() < 0.2) {
        files = Object.fromEntries(Object.entries(files).map(([n, t]) => [n, t.replace(/\r?\n/g, '\r\n')]));
        mutations.push('crlf');
    }
    else if (random() < 0.05) {
        // Old Mac line endings: LSP counts a lone CR as a line break too.
        files = Object.fromEntries(Object.entries(files).map(([n, t]) => [n, t.replace(/\r?\n/g, '\r')]));
        mutations.push('cr');
    }
    if (random() < 0.1) {
        files = Object.fromEntries(Object.entries(files).map(([n, t]) => [n, t.replace(/\r?\n$|\r$/, '')]));
        mutations.push('noFinalNewline');
    }
    return { files, mutations };
}

// ---------------------------------------------------------------- workspace

interface Built {
    services: WpcmServices;
    documents: Record<string, LangiumDocument<Document>>;
    diagnostics: Record<string, Diagnostic[]>;
}

let counter = 0;

/** Builds the files as one workspace in `services`, under a fresh folder so earlier cases do not interfere. */
async function build(services: WpcmServices, files: Files): Promise<Built & { dispose: () => Promise<void> }> {
    const folder = `file:///edit-fuzz/${counter++}/`;
    const names = Object.keys(files);
    const built = await buildFiles(services, names.map(name => ({ uri: folder + name, text: files[name]! })));
    return {
        services,
        documents: Object.fromEntries(built.map((f, i) => [names[i]!, f.document])),
        diagnostics: Object.fromEntries(built.map((f, i) => [names[i]!, [...f.diagnostics]])),
        dispose: async () => { await services.shared.workspace.DocumentBuilder.update([], built.map(f => f.document.uri)); }
    };
}

const isSyntax = (d: Diagnostic) => d.code === 'syntax-error';
const errorsOf = (ds: Diagnostic[]) => ds.filter(d => d.severity === DiagnosticSeverity.Error);

/** Code -> how many findings of it, over all files. */
function tally(diagnostics: Record<string, Diagnostic[]>, filter: (d: Diagnostic) => boolean = () => true): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of Object.values(diagnostics).flat().filter(filter)) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
    return counts;
}

function describeDiagnostic(file: string, d: Diagnostic): string {
    return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`;
}

// ---------------------------------------------------------------- edits

interface Located { start: number; end: number; newText: string }

function locate(document: TextDocument, edits: readonly TextEdit[]): Located[] | string {
    const located: Located[] = [];
    for (const edit of edits) {
        const { start, end } = edit.range;
        for (const p of [start, end]) {
            if (p.line < 0 || p.character < 0 || p.line >= document.lineCount) return `position ${JSON.stringify(p)} outside the document`;
            const lineStart = document.offsetAt({ line: p.line, character: 0 });
            const lineEnd = p.line + 1 < document.lineCount ? document.offsetAt({ line: p.line + 1, character: 0 }) : document.getText().length;
            if (lineStart + p.character > lineEnd) return `position ${JSON.stringify(p)} past the end of its line`;
        }
        const from = document.offsetAt(start);
        const to = document.offsetAt(end);
        if (from > to) return `range ${JSON.stringify(edit.range)} ends before it starts`;
        // An offset between \r and \n splits a line break.
        const text = document.getText();
        for (const o of [from, to]) if (text[o - 1] === '\r' && text[o] === '\n') return `offset ${o} splits a CRLF line break`;
        located.push({ start: from, end: to, newText: edit.newText });
    }
    located.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < located.length; i++) {
        const a = located[i - 1]!;
        const b = located[i]!;
        if (b.start < a.end || (b.start === a.start && b.end === a.end && a.start !== a.end)) return `edits overlap at offsets ${a.start}-${a.end} and ${b.start}-${b.end}`;
    }
    return located;
}

/** Applies sorted, non-overlapping edits; also maps old offsets outside them to new ones. */
function apply(text: string, located: readonly Located[]): { text: string; map: (offset: number) => number | undefined } {
    let out = '';
    let at = 0;
    const shifts: Array<{ start: number; end: number; delta: number }> = [];
    let delta = 0;
    for (const edit of located) {
        out += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
        delta += edit.newText.length - (edit.end - edit.start);
        shifts.push({ start: edit.start, end: edit.end, delta });
    }
    out += text.slice(at);
    const map = (offset: number) => {
        let d = 0;
        for (const s of shifts) {
            if (offset < s.start) break;
            if (offset < s.end) return undefined;
            d = s.delta;
        }
        return offset + d;
    };
    return { text: out, map };
}

interface Token { offset: number; image: string; type: string }

function tokens(services: WpcmServices, text: string): Token[] {
    const result = services.parser.Lexer.tokenize(text);
    return [...result.tokens, ...result.hidden].filter(t => t.tokenType.name !== 'WS')
        .map(t => ({ offset: t.startOffset, image: t.image, type: t.tokenType.name }));
}

/**
 * Every token of the old text that no edit touches must be found, whole and
 * alone, at its mapped place in the new text: no edit split a string or a
 * comment, or glued a word onto a name.
 */
function tokensKept(services: WpcmServices, before: string, after: string, located: readonly Located[], map: (offset: number) => number | undefined, reindents = false): string | undefined {
    const newTokens = new Map(tokens(services, after).map(t => [t.offset, t]));
    for (const token of tokens(services, before)) {
        // The formatter re-indents the lines of a block comment (compared by comments() instead).
        if (reindents && token.type === 'ML_COMMENT') continue;
        const end = token.offset + token.image.length;
        // An insertion strictly inside the token is a split (checked first: an insertion is an empty range).
        if (located.some(e => e.start === e.end && e.start > token.offset && e.start < end)) return `an edit inserts inside ${token.type} ${JSON.stringify(token.image.slice(0, 40))}`;
        // A token an edit replaces (part of) is the edit's business.
        if (located.some(e => e.start < end && e.end > token.offset)) continue;
        // A token an edit touches may grow (`2.5` + `M`), but must still start where it did.
        const touched = located.some(e => e.end === token.offset || e.start === end);
        const at = map(token.offset);
        const found = at === undefined ? undefined : newTokens.get(at);
        if (!found || (touched ? !found.image.startsWith(token.image) : found.image !== token.image)) {
            return `${token.type} ${JSON.stringify(token.image.slice(0, 40))} at ${token.offset} is not a token of its own after the edit (found ${JSON.stringify(found?.image.slice(0, 40))})`;
        }
    }
    return undefined;
}

/** The file's line-break style must survive the edit: one CRLF, CR or LF file stays one. */
function lineEndingsKept(before: string, after: string): string | undefined {
    const styles = (text: string) => new Set(text.match(/\r\n|\r|\n/g) ?? []);
    const had = styles(before);
    if (had.size !== 1) return undefined;
    const added = [...styles(after)].filter(style => !had.has(style));
    return added.length > 0 ? `mixes line endings (${JSON.stringify(added)} in a ${JSON.stringify([...had][0])} file)` : undefined;
}

// ---------------------------------------------------------------- the checks

interface Finding { kase: number; mutations: string[]; feature: string; problem: string; files?: Files }

/**
 * The case, the text after one edit and the text after it twice are built by
 * three services apart: files of one model in one workspace would see each
 * other's names.
 */
const LEVELS = [newServices(), newServices(), newServices()] as const;
const services = LEVELS[0];

/** Applies a workspace edit to the files; returns the new files or a problem. */
function applyWorkspaceEdit(built: Built, files: Files, edit: WorkspaceEdit): { files: Files; located: Record<string, Located[]>; maps: Record<string, (o: number) => number | undefined> } | string {
    const out: Files = { ...files };
    const located: Record<string, Located[]> = {};
    const maps: Record<string, (o: number) => number | undefined> = {};
    const byUri = new Map(Object.entries(built.documents).map(([name, d]) => [d.uri.toString(), name]));
    const changes: Array<[string, TextEdit[]]> = Object.entries(edit.changes ?? {});
    for (const change of edit.documentChanges ?? []) {
        if (!('textDocument' in change)) return `a resource operation ${JSON.stringify(change)}`;
        changes.push([change.textDocument.uri, change.edits as TextEdit[]]);
    }
    for (const [uri, edits] of changes) {
        const name = byUri.get(uri);
        if (name === undefined) return `an edit for ${uri}, which is not in the workspace`;
        if (located[name]) return `two edit lists for ${name}`;
        const document = TextDocument.create(uri, 'wpcm', 1, files[name]!);
        const result = locate(document, edits);
        if (typeof result === 'string') return `${name}: ${result}`;
        const applied = apply(files[name]!, result);
        out[name] = applied.text;
        located[name] = result;
        maps[name] = applied.map;
    }
    return { files: out, located, maps };
}

async function codeActions(built: Built, name: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const document = built.documents[name]!;
    const result = await built.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** The finding with `code` at the mapped start of `diagnostic`, in the rebuilt file. */
function stillThere(after: Built, name: string, before: string, diagnostic: Diagnostic, map: ((o: number) => number | undefined) | undefined): Diagnostic | undefined {
    const oldDoc = TextDocument.create('file:///x', 'wpcm', 1, before);
    const offset = oldDoc.offsetAt(diagnostic.range.start);
    const mapped = map ? map(offset) : offset;
    if (mapped === undefined) return undefined;
    const document = after.documents[name]!.textDocument;
    return after.diagnostics[name]!.find(d => d.code === diagnostic.code && document.offsetAt(d.range.start) === mapped);
}

async function checkCodeActions(kase: number, mutations: string[], files: Files, built: Built, report: (f: Finding) => void, stats: Stats): Promise<void> {
    const before = tally(built.diagnostics, isSyntax);
    const errorsBefore = tally(built.diagnostics, d => d.severity === DiagnosticSeverity.Error);
    for (const [name, diagnostics] of Object.entries(built.diagnostics)) {
        for (const diagnostic of diagnostics) {
            const actions = await codeActions(built, name, diagnostic);
            for (const action of actions) {
                if (!action.edit) continue;
                stats.actions++;
                const feature = `code action "${action.title}" for ${describeDiagnostic(name, diagnostic)}`;
                const fail = (problem: string, extra?: Files) => report({ kase, mutations, feature, problem, ...(extra ? { files: extra } : {}) });
                const applied = applyWorkspaceEdit(built, files, action.edit);
                if (typeof applied === 'string') { fail(applied); continue; }
                for (const [file, located] of Object.entries(applied.located)) {
                    const kept = tokensKept(services, files[file]!, applied.files[file]!, located, applied.maps[file]!) ?? lineEndingsKept(files[file]!, applied.files[file]!);
                    if (kept) fail(`${file}: ${kept}`, applied.files);
                }
                const after = await build(LEVELS[1], applied.files);
                try {
                    const syntax = tally(after.diagnostics, isSyntax);
                    if ((syntax.get('syntax-error') ?? 0) > (before.get('syntax-error') ?? 0)) {
                        fail(`new syntax error: ${Object.entries(after.diagnostics).flatMap(([f, ds]) => ds.filter(isSyntax).map(d => `${f}:${d.range.start.line + 1} ${d.message}`)).join('; ')}`, applied.files);
                        continue;
                    }
                    const suppression = action.title.startsWith('Disable ');
                    if (!action.isPreferred && !suppression) {
                        // Any other fix may leave its finding (one choice of several), but adds no error either.
                        const errorsAfter = tally(after.diagnostics, d => d.severity === DiagnosticSeverity.Error);
                        for (const [code, n] of errorsAfter) if (n > (errorsBefore.get(code) ?? 0)) fail(`adds an error: ${code} (${errorsBefore.get(code) ?? 0} -> ${n})`, applied.files);
                        continue;
                    }
                    stats.fixes++;
                    if (stillThere(after, name, files[name]!, diagnostic, applied.maps[name])) fail('the finding it fixes is still reported', applied.files);
                    const errorsAfter = tally(after.diagnostics, d => d.severity === DiagnosticSeverity.Error);
                    for (const [code, n] of errorsAfter) {
                        if (n > (errorsBefore.get(code) ?? 0)) fail(`adds an error: ${code} (${errorsBefore.get(code) ?? 0} -> ${n}): ${Object.entries(after.diagnostics).flatMap(([f, ds]) => errorsOf(ds).filter(d => d.code === code).map(d => `${f}:${d.range.start.line + 1} ${d.message}`)).join('; ')}`, applied.files);
                    }
                    if (suppression) {
                        // Disabling one finding shows no other.
                        const all = tally(built.diagnostics);
                        for (const [code, n] of tally(after.diagnostics)) {
                            if (n > (all.get(code) ?? 0)) fail(`brings back ${code} (${all.get(code) ?? 0} -> ${n})`, applied.files);
                        }
                    }
                    await checkTwice(after, applied.files, diagnostic, action, fail);
                } finally {
                    await after.dispose();
                }
            }
        }
    }
}

/** If the same fix is offered again where the finding was, applying it again must not duplicate what the first one added. */
async function checkTwice(after: Built, files: Files, diagnostic: Diagnostic, action: CodeAction, fail: (problem: string, files?: Files) => void): Promise<void> {
    for (const [file, diagnostics] of Object.entries(after.diagnostics)) {
        for (const d of diagnostics.filter(d => d.code === diagnostic.code)) {
            const again = (await codeActions(after, file, d)).find(a => a.title === action.title && a.edit);
            if (!again) continue;
            const applied = applyWorkspaceEdit(after, files, again.edit!);
            if (typeof applied === 'string') continue;
            const twice = await build(LEVELS[2], applied.files);
            try {
                const dup = Object.entries(twice.diagnostics).flatMap(([f, ds]) => ds.filter(x => x.code === 'duplicate-clause' || x.code === 'duplicate-name').map(x => describeDiagnostic(f, x)));
                const had = Object.entries(after.diagnostics).flatMap(([, ds]) => ds.filter(x => x.code === 'duplicate-clause' || x.code === 'duplicate-name'));
                if (dup.length > had.length) fail(`applied twice (again for ${describeDiagnostic(file, d)}), it duplicates: ${dup.join(', ')}`, applied.files);
            } finally {
                await twice.dispose();
            }
        }
    }
}

/** The AST as JSON, without CST, positions or resolved targets: what the text means. */
function meaning(document: LangiumDocument): string {
    return services.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, textRegions: false, comments: false, space: 0 })
        .replace(/"\$ref":"[^"]*"/g, '');
}

function comments(text: string): string[] {
    return tokens(services, text).filter(t => t.type.endsWith('COMMENT')).map(t => t.image.split(/\r?\n|\r/).map(l => l.trim()).join('\n'));
}

function codesOf(built: Built): string {
    return Object.entries(built.diagnostics).map(([f, ds]) => `${f}: ${ds.map(d => String(d.code)).sort().join(',')}`).join(' | ');
}

async function checkFormatting(kase: number, mutations: string[], files: Files, built: Built, report: (f: Finding) => void, stats: Stats): Promise<void> {
    if (Object.values(built.diagnostics).flat().some(isSyntax)) return;
    for (const options of [{ tabSize: 4, insertSpaces: true }, { tabSize: 4, insertSpaces: false }]) {
        const formatted: Files = { ...files };
        for (const [name, document] of Object.entries(built.documents)) {
            stats.formats++;
            const fail = (problem: string, extra?: Files) => report({ kase, mutations, feature: `format ${name} (${options.insertSpaces ? 'spaces' : 'tabs'})`, problem, ...(extra ? { files: extra } : {}) });
            const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
            const located = locate(document.textDocument, edits);
            if (typeof located === 'string') { fail(located); continue; }
            const applied = apply(files[name]!, located);
            formatted[name] = applied.text;
            const kept = tokensKept(services, files[name]!, applied.text, located, applied.map, true) ?? lineEndingsKept(files[name]!, applied.text);
            if (kept) fail(kept, { [name]: applied.text });
            if (JSON.stringify(comments(applied.text)) !== JSON.stringify(comments(files[name]!))) fail('comments changed', { [name]: applied.text });
        }
        const after = await build(LEVELS[1], formatted);
        try {
            for (const name of Object.keys(files)) {
                const fail = (problem: string) => report({ kase, mutations, feature: `format ${name} (${options.insertSpaces ? 'spaces' : 'tabs'})`, problem, files: { [name]: formatted[name]! } });
                if (after.diagnostics[name]!.some(isSyntax)) { fail('the formatted text has a syntax error'); continue; }
                if (meaning(after.documents[name]!) !== meaning(built.documents[name]!)) fail('the formatted text means something else');
                const again = await LEVELS[1].lsp.Formatter!.formatDocument(after.documents[name]!, { textDocument: { uri: after.documents[name]!.uri.toString() }, options });
                if (again.length > 0) {
                    const twice = TextDocument.applyEdits(after.documents[name]!.textDocument, again);
                    if (twice !== formatted[name]) fail(`formatting the formatted text changes it again (${again.length} edits)`);
                }
            }
            if (codesOf(after) !== codesOf(built)) report({ kase, mutations, feature: `format (${options.insertSpaces ? 'spaces' : 'tabs'})`, problem: `findings changed: ${codesOf(built)} -> ${codesOf(after)}`, files: formatted });
        } finally {
            await after.dispose();
        }
    }
}

/** Range formatting of a few random line ranges: only whitespace changes, inside the range, and the text means the same. */
async function checkRangeFormatting(kase: number, mutations: string[], files: Files, built: Built, report: (f: Finding) => void, stats: Stats, random: Random): Promise<void> {
    if (Object.values(built.diagnostics).flat().some(isSyntax)) return;
    for (const [name, document] of Object.entries(built.documents)) {
        const lines = document.textDocument.lineCount;
        for (let i = 0; i < 2; i++) {
            stats.formats++;
            const a = Math.floor(random() * lines);
            const b = Math.min(lines - 1, a + Math.floor(random() * 12));
            const range = { start: { line: a, character: Math.floor(random() * 6) }, end: { line: b, character: Math.floor(random() * 30) } };
            const feature = `range format ${name} ${a + 1}-${b + 1}`;
            const fail = (problem: string, extra?: Files) => report({ kase, mutations, feature, problem, ...(extra ? { files: extra } : {}) });
            const edits = await services.lsp.Formatter!.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: { tabSize: 4, insertSpaces: true } });
            const located = locate(document.textDocument, edits);
            if (typeof located === 'string') { fail(located); continue; }
            const applied = apply(files[name]!, located);
            const kept = tokensKept(services, files[name]!, applied.text, located, applied.map, true) ?? lineEndingsKept(files[name]!, applied.text);
            if (kept) fail(kept, { [name]: applied.text });
            if (JSON.stringify(comments(applied.text)) !== JSON.stringify(comments(files[name]!))) fail('comments changed', { [name]: applied.text });
            const after = await build(LEVELS[1], { ...files, [name]: applied.text });
            try {
                if (after.diagnostics[name]!.some(isSyntax)) fail('the formatted text has a syntax error', { [name]: applied.text });
                else if (meaning(after.documents[name]!) !== meaning(document)) fail('the formatted text means something else', { [name]: applied.text });
                else if (codesOf(after) !== codesOf(built)) fail(`findings changed: ${codesOf(built)} -> ${codesOf(after)}`, { [name]: applied.text });
            } finally {
                await after.dispose();
            }
        }
    }
}

/** Completion at a few random places: every text edit lies in the document, on the cursor's line, and covers the cursor. */
async function checkCompletion(kase: number, mutations: string[], built: Built, report: (f: Finding) => void, stats: Stats, random: Random): Promise<void> {
    for (const [name, document] of Object.entries(built.documents)) {
        const text = document.textDocument.getText();
        for (let i = 0; i < 3; i++) {
            stats.completions++;
            const offset = Math.floor(random() * (text.length + 1));
            const position = document.textDocument.positionAt(offset);
            const feature = `completion in ${name} at ${position.line + 1}:${position.character + 1}`;
            let list;
            try {
                list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
            } catch (error) {
                report({ kase, mutations, feature, problem: `throws ${String(error)}` });
                continue;
            }
            for (const item of list?.items ?? []) {
                const edit = item.textEdit;
                if (!edit || !('range' in edit)) continue;
                const located = locate(document.textDocument, [edit]);
                const { start, end } = edit.range;
                const covers = start.line === position.line && end.line === position.line && start.character <= position.character && end.character >= position.character;
                if (typeof located === 'string' || !covers) {
                    report({ kase, mutations, feature, problem: `item '${item.label}': edit ${JSON.stringify(edit.range)} ${typeof located === 'string' ? located : 'does not cover the cursor'}` });
                    break;
                }
            }
        }
    }
}

async function checkRename(kase: number, mutations: string[], files: Files, built: Built, report: (f: Finding) => void, stats: Stats, random: Random): Promise<void> {
    for (const [name, document] of Object.entries(built.documents)) {
        const elements = [...namedElements(document.parseResult.value)].filter(e => e.name && e.$cstNode);
        // A few per case keep the harness fast; the seed picks which.
        for (const element of elements.filter(() => random() < 0.25)) {
            const nameNode = services.references.NameProvider.getNameNode(element);
            if (!nameNode) continue;
            // From the declaration, or (every other time) from one of its references, as an editor allows.
            const references = services.references.References.findReferences(element, { includeDeclaration: false })
                .filter(r => r.sourceUri.toString() === document.uri.toString()).toArray();
            const from = references.length > 0 && random() < 0.5 ? pick(random, references).segment.range.start : nameNode.range.start;
            stats.renames++;
            const newName = `${element.name}${pick(random, ['Renamed', '_2', '-x', 'Z'])}`;
            const feature = `rename ${element.$type} '${element.name}' to '${newName}' in ${name}`;
            const fail = (problem: string, extra?: Files) => report({ kase, mutations, feature, problem, ...(extra ? { files: extra } : {}) });
            let edit: WorkspaceEdit | undefined;
            try {
                edit = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: from, newName });
            } catch (error) {
                // A refused rename (a name already taken) is an answer, not a failure.
                if ((error as { code?: number }).code !== undefined) continue;
                fail(`throws ${String(error)}`);
                continue;
            }
            if (!edit) { fail('no edit'); continue; }
            const applied = applyWorkspaceEdit(built, files, edit);
            if (typeof applied === 'string') { fail(applied); continue; }
            for (const [file, located] of Object.entries(applied.located)) {
                const bad = located.find(e => e.newText !== newName || files[file]!.slice(e.start, e.end) !== element.name);
                if (bad) fail(`${file}: an edit replaces ${JSON.stringify(files[file]!.slice(bad.start, bad.end))} with ${JSON.stringify(bad.newText)}`);
            }
            const after = await build(LEVELS[1], applied.files);
            try {
                // Renaming one of two declarations of a name ends its duplicate-name findings, and only those.
                const duplicated = Object.values(built.diagnostics).flat().some(d => d.code === 'duplicate-name' && String(d.message).includes(`'${element.name}'`));
                const without = (codes: string) => duplicated ? codes.replace(/duplicate-name,?/g, '') : codes;
                if (without(codesOf(after)) !== without(codesOf(built))) fail(`findings changed: ${codesOf(built)} -> ${codesOf(after)}`, applied.files);
            } finally {
                await after.dispose();
            }
        }
    }
}

interface Stats { cases: number; skipped: number; actions: number; fixes: number; formats: number; renames: number; completions: number }

async function runEditFuzz(seed: number, cases: number): Promise<{ findings: Finding[]; stats: Stats }> {
    const random = seededRandom(seed);
    const findings: Finding[] = [];
    const stats: Stats = { cases: 0, skipped: 0, actions: 0, fixes: 0, formats: 0, renames: 0, completions: 0 };
    for (let kase = 0; kase < cases; kase++) {
        const { files, mutations } = makeCase(random, kase);
        const built = await build(services, files);
        try {
            if (Object.values(built.diagnostics).flat().some(isSyntax)) {
                // The mutations are meant to stay meaningful; one that breaks the syntax is a harness slip, not a case.
                stats.skipped++;
                continue;
            }
            stats.cases++;
            const report = (f: Finding) => findings.push(f);
            await checkCodeActions(kase, mutations, files, built, report, stats);
            await checkFormatting(kase, mutations, files, built, report, stats);
            await checkRangeFormatting(kase, mutations, files, built, report, stats, random);
            await checkRename(kase, mutations, files, built, report, stats, random);
            await checkCompletion(kase, mutations, built, report, stats, random);
        } finally {
            await built.dispose();
        }
    }
    return { findings, stats };
}

describe('edits the server offers, on mutated examples', () => {
    it('keep every model well-formed and fix what they say', async () => {
        const { findings, stats } = await runEditFuzz(Number(process.env.EDIT_FUZZ_SEED ?? 20260514), Number(process.env.EDIT_FUZZ_CASES ?? 80));
        if (process.env.EDIT_FUZZ_VERBOSE) console.log(JSON.stringify(stats), JSON.stringify(findings.slice(0, Number(process.env.EDIT_FUZZ_VERBOSE)), null, 1));
        expect(findings.map(f => `case ${f.kase} [${f.mutations.join(', ')}] ${f.feature}: ${f.problem}`)).toEqual([]);
        expect(stats.cases).toBeGreaterThan(70);
        expect(stats.fixes).toBeGreaterThan(1000);
    }, Number(process.env.EDIT_FUZZ_CASES ?? 80) * 1000);
});
