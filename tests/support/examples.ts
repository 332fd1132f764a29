/**
 * The reviewed, complete findings of the normative examples, in one place for
 * every suite that checks them (rules, CLI, language server, real editors).
 * Besides their `expect:` lines, the examples legitimately show enablement
 * gaps (motions no competency supports), a module without its value
 * statement, and cause levels no intervention addresses.
 */
import type { Severity } from '@wpcm/language';

export interface ExampleFinding {
    /** 1-based line and column (UTF-16 code units), as `wpcm check` prints them. */
    line: number;
    column: number;
    code: string;
    severity: Severity;
    /** The text the finding covers. */
    text: string;
}

export const EXAMPLE_FINDINGS: Readonly<Record<'direct-seller.wpcm' | 'abc-co.wpcm', readonly ExampleFinding[]>> = {
    'direct-seller.wpcm': [
        { line: 22, column: 12, code: 'motion-no-competency', severity: 'info', text: 'Prospect' },
        { line: 46, column: 12, code: 'motion-no-competency', severity: 'info', text: 'Present' },
        { line: 53, column: 13, code: 'kpi-no-numeric-target', severity: 'warning', text: 'DeckTime' },
        { line: 70, column: 12, code: 'motion-no-competency', severity: 'info', text: 'EnsureSuccess' },
        { line: 74, column: 20, code: 'kpi-no-numeric-target', severity: 'warning', text: '"above average"' },
        { line: 95, column: 16, code: 'module-no-value', severity: 'info', text: 'WhenToEnter' }
    ],
    'abc-co.wpcm': [
        { line: 16, column: 12, code: 'motion-no-competency', severity: 'info', text: 'Closing' },
        { line: 16, column: 20, code: 'motion-noun-phrase', severity: 'warning', text: '"Deal closure"' },
        { line: 24, column: 12, code: 'motion-no-competency', severity: 'info', text: 'Advise' },
        { line: 24, column: 12, code: 'motion-no-kpi', severity: 'warning', text: 'Advise' },
        { line: 31, column: 11, code: 'gap-level-uncovered', severity: 'info', text: 'organization' },
        { line: 33, column: 11, code: 'gap-level-uncovered', severity: 'info', text: 'process' },
        { line: 36, column: 5, code: 'gap-training-only', severity: 'warning', text: 'intervention training "CRM proficiency training for sales managers" addresses performer' }
    ]
};

/** "line code" strings, the form the editor suites compare. */
export function lineAndCode(name: keyof typeof EXAMPLE_FINDINGS): string[] {
    return EXAMPLE_FINDINGS[name].map(f => `${f.line} ${f.code}`);
}
