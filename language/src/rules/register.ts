/**
 * Registers every rule's checks with Langium's validation registry. Each
 * check gets a context whose `report` carries its rule's code (in
 * `Diagnostic.code` and `data.code`, what quick fixes and severity
 * overrides key on) and default severity; overrides and suppressions are
 * applied afterwards by the document validator.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { WpcmAstType } from '../generated/ast.js';
import type { WpcmServices } from '../wpcm-module.js';
import type { CheckContext, ReportInfo, Rule } from './rule.js';

type Check = (node: AstNode, context: CheckContext) => void;

function contextFor(rule: Rule, services: WpcmServices, accept: ValidationAcceptor): CheckContext {
    return {
        services,
        report<N extends AstNode>(message: string, info: ReportInfo<N>) {
            accept(rule.severity, message, { ...info, code: rule.code, data: { ...info.data, code: rule.code } });
        }
    };
}

export function registerRules(services: WpcmServices, rules: readonly Rule[]): void {
    const checks: Record<string, Array<(node: AstNode, accept: ValidationAcceptor) => void>> = {};
    for (const rule of rules) {
        for (const [type, check] of Object.entries(rule.checks ?? {}) as Array<[string, Check]>) {
            (checks[type] ??= []).push((node, accept) => check(node, contextFor(rule, services, accept)));
        }
    }
    services.validation.ValidationRegistry.register(checks as ValidationChecks<WpcmAstType>);
}
