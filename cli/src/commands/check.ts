/** `wpcm check`: lint models, print findings, exit 1 when they should fail the build. */
import { resolve } from 'node:path';
import type { Severity } from '@wpcm/language';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Finding } from '../findings.js';
import { compareFindings, SEVERITY_RANK, toFinding } from '../findings.js';
import { formatJson } from '../formatters/json.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatText } from '../formatters/text.js';
import type { LoadedWorkspace } from '../workspace.js';
import { plural } from '../../../language/src/text/words.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
    format: OutputFormat;
    /** Fail when there are more warnings than this; undefined: no limit. */
    maxWarnings: number | undefined;
    /** Fail on findings at or above this severity. */
    failOn: Severity;
    /** The folder the shown paths are relative to (for SARIF's workspace root). */
    cwd: string;
}

export function collectFindings(workspace: LoadedWorkspace): Finding[] {
    return workspace.files
        .flatMap(file => file.diagnostics.map(diagnostic => toFinding(file.shown, diagnostic)))
        .sort(compareFindings);
}

/** Findings go to `write` (stdout); why the check fails on the warning count goes to `warn` (stderr), so JSON and SARIF stay parseable. */
export function check(workspace: LoadedWorkspace, options: CheckOptions, write: (text: string) => void, warn: (text: string) => void = () => {}): number {
    const findings = collectFindings(workspace);
    switch (options.format) {
        case 'json': write(formatJson(findings)); break;
        case 'sarif': {
            const texts = new Map(workspace.files.map(file => [resolve(options.cwd, file.shown), file.document.textDocument.getText()]));
            write(formatSarif(findings, { cwd: options.cwd, textOf: path => texts.get(path) }));
            break;
        }
        default: write(formatText(findings, workspace.files.length));
    }
    const failing = findings.some(f => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[options.failOn]);
    const warnings = findings.filter(f => f.severity === 'warning').length;
    const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    if (tooManyWarnings) warn(`wpcm: failing: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings} allows\n`);
    return failing || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}
