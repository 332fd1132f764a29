/**
 * What a rule is: one module per diagnostic code holding everything about it
 * (code, default severity, summary, documentation, checks and quick fixes).
 * Registration, the quick-fix table, the rule pages, the README table, the
 * extension's settings and SARIF metadata are all derived from the list in
 * `rules/index.ts`, so changing a rule means changing one file.
 */
import type { AstNode, DiagnosticInfo } from 'langium';
import type { WpcmAstType } from '../generated/ast.js';
import type { FixBuilder } from '../lsp/fixes/context.js';
import type { WpcmServices } from '../wpcm-module.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The rule page (`docs/rules/<code>.md`) is written from this. */
export interface RuleDocs {
    /** Why the rule exists, for the person who sees the finding (Markdown). */
    readonly why: string;
    /** A snippet of `.wpcm` text that is reported. */
    readonly bad: string;
    /** The same snippet, fixed. */
    readonly good: string;
    /** How to fix it, and what the quick fixes do (Markdown). */
    readonly fix: string;
}

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & {
    /** Extra data a quick fix reads back from the diagnostic. */
    data?: Record<string, unknown>;
};

/** What a check gets besides the node: the services and a reporter bound to its rule. */
export interface CheckContext {
    readonly services: WpcmServices;
    report<N extends AstNode>(message: string, info: ReportInfo<N>): void;
}

export type RuleChecks = {
    readonly [K in keyof WpcmAstType]?: (node: WpcmAstType[K], context: CheckContext) => void;
};

export interface Rule {
    /** Stable kebab-case code; never renamed once released. */
    readonly code: string;
    readonly severity: Severity;
    /** One sentence: what the rule checks. */
    readonly summary: string;
    readonly docs: RuleDocs;
    /** Validation checks by AST type. A rule reported elsewhere (the parser, the linker) has none. */
    readonly checks?: RuleChecks;
    /** Quick fixes for its diagnostics, in the order the editor offers them. */
    readonly fixes?: readonly FixBuilder[];
    /** Whether a config or a comment may switch it off (only `syntax-error` may not). */
    readonly suppressible?: false;
}

/** Identity, for type checking and inference of a rule's literal code. */
export function defineRule<const R extends Rule>(rule: R): R {
    return rule;
}
