/**
 * SARIF 2.1.0 as GitHub code scanning accepts it, valid against the OASIS
 * schema (tests/cli/sarif-schema.test.ts):
 * - every rule of the catalogue with its help text and page (helpUri);
 * - columns in UTF-16 code units, as the language server counts them
 *   (`columnKind`, which SARIF 3.14.17 requires whenever regions have columns);
 * - artifact URIs relative to `%SRCROOT%`, the workspace root, whose absolute
 *   location is in `originalUriBaseIds`, so a checkout elsewhere maps them;
 * - `partialFingerprints` from the rule, the file and the flagged text (not
 *   the line number), so an alert survives edits above it and is not
 *   uploaded twice.
 */
import { createHash } from 'node:crypto';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '@wpcm/language';
import { ALL_RULES, ruleDocsUrl } from '@wpcm/language';
import type { Finding } from '../findings.js';
import { VERSION } from '../version.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The project's home: the repository whose docs/rules/ pages the helpUris point to. */
export const INFORMATION_URI = 'https://github.com/wpcm-dev/wpcm';
export const SRCROOT = '%SRCROOT%';
/** Our own fingerprint key; GitHub reserves primaryLocationLineHash for the hash it computes itself. */
export const FINGERPRINT_KEY = 'wpcmFinding/v1';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifContext {
    /** The folder relative paths in findings are relative to (the CLI's current folder). */
    cwd: string;
    /** The text of a checked file by absolute path, for fingerprints. */
    textOf: (path: string) => string | undefined;
}

function ruleName(code: string): string {
    return code.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** The deepest folder that holds `cwd` and every file: the workspace root all URIs are relative to. */
export function workspaceRoot(cwd: string, files: readonly string[]): string {
    let root = resolve(cwd);
    const inside = (path: string) => { const r = relative(root, path); return r === '' || (!r.startsWith('..') && !isAbsolute(r)); };
    for (const file of files) {
        while (!inside(file) && dirname(root) !== root) root = dirname(root);
    }
    return root;
}

/** A relative URI reference: each path segment percent-encoded, `/` between them. */
function relativeUri(root: string, path: string): string {
    return relative(root, path).split(sep).map(encodeURIComponent).join('/');
}

/** The base URI of a folder ends with "/" (SARIF 3.14.14), so relative references resolve inside it. */
function folderUri(folder: string): string {
    const href = pathToFileURL(folder).href;
    return href.endsWith('/') ? href : `${href}/`;
}

/** The flagged text of a finding, whitespace collapsed; the whole line for an empty range. */
function flaggedText(text: string | undefined, finding: Finding): string {
    if (text === undefined) return '';
    const lines = text.split(/\r?\n/);
    const startLine = lines[finding.line - 1] ?? '';
    if (finding.line === finding.endLine && finding.column === finding.endColumn) return startLine.trim().replace(/\s+/g, ' ');
    const picked = finding.line === finding.endLine
        ? startLine.slice(finding.column - 1, finding.endColumn - 1)
        : [startLine.slice(finding.column - 1), ...lines.slice(finding.line, finding.endLine - 1), (lines[finding.endLine - 1] ?? '').slice(0, finding.endColumn - 1)].join('\n');
    return picked.trim().replace(/\s+/g, ' ');
}

function fingerprint(parts: readonly string[]): string {
    return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

function sarifRules() {
    return ALL_RULES.map(rule => ({
        id: rule.code,
        name: ruleName(rule.code),
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.summary} ${rule.docs.why}` },
        help: { text: rule.docs.fix, markdown: rule.docs.fix },
        helpUri: ruleDocsUrl(rule.code),
        defaultConfiguration: { level: LEVELS[rule.severity] }
    }));
}

export function formatSarif(findings: readonly Finding[], context: SarifContext): string {
    const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.code, index]));
    const paths = findings.map(f => resolve(context.cwd, f.file));
    const root = workspaceRoot(context.cwd, paths);
    // The n-th finding of a rule on the same text in a file gets its own fingerprint.
    const seen = new Map<string, number>();
    const results = findings.map((finding, i) => {
        const uri = relativeUri(root, paths[i]!);
        const identity = [finding.code, uri, flaggedText(context.textOf(paths[i]!), finding)];
        const key = identity.join('\0');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return {
            ruleId: finding.code,
            ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri, uriBaseId: SRCROOT },
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
                }
            }],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([...identity, String(occurrence)]) }
        };
    });
    const sarif = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'wpcm', version: VERSION, informationUri: INFORMATION_URI, rules: sarifRules() } },
            originalUriBaseIds: { [SRCROOT]: { uri: folderUri(root), description: { text: 'The workspace root: the deepest folder holding the current folder and every checked file.' } } },
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
