/**
 * Reports a diagnostic for a catalogue rule: the rule's default severity, its
 * stable code in both `Diagnostic.code` and `data.code` (what code actions and
 * the severity overrides key on), and any extra data a quick fix needs.
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { RuleInfo } from '../rules.js';

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & {
    data?: Record<string, unknown>;
};

export function report<N extends AstNode>(accept: ValidationAcceptor, rule: RuleInfo, message: string, info: ReportInfo<N>): void {
    accept(rule.severity, message, { ...info, code: rule.code, data: { ...info.data, code: rule.code } });
}
