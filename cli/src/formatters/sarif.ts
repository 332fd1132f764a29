/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: every rule of the catalogue
 * with its help text, and results with 1-based regions and paths relative to
 * the repository root (the current folder in CI).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '@wpcm/language';
import { ALL_RULES, ruleDocsUrl } from '@wpcm/language';
import type { Finding } from '../findings.js';
import { VERSION } from '../version.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function ruleName(code: string): string {
    return code.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** Relative paths stay relative (resolved against the checkout); others become file URIs. */
function artifactUri(file: string): string {
    return isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file);
}

export function formatSarif(findings: readonly Finding[]): string {
    const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.code, index]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'wpcm',
                    version: VERSION,
                    informationUri: 'https://www.npmjs.com/package/wpcm',
                    rules: ALL_RULES.map(rule => ({
                        id: rule.code,
                        name: ruleName(rule.code),
                        shortDescription: { text: rule.summary },
                        fullDescription: { text: `${rule.summary} ${rule.docs.why}` },
                        helpUri: ruleDocsUrl(rule.code),
                        help: { text: rule.docs.fix, markdown: rule.docs.fix },
                        defaultConfiguration: { level: LEVELS[rule.severity] }
                    }))
                }
            },
            results: findings.map(finding => ({
                ruleId: finding.code,
                ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
                level: LEVELS[finding.severity],
                message: { text: finding.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(finding.file) },
                        region: {
                            startLine: finding.line,
                            startColumn: finding.column,
                            endLine: finding.endLine,
                            endColumn: finding.endColumn
                        }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
