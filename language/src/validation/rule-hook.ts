/**
 * TEMPORARY (until rules/index.ts registers every rule module): validation
 * checks for rule modules written with defineRule, reported with the rule's
 * code and default severity exactly as validation/report.ts does.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { WpcmAstType } from '../generated/ast.js';
import type { CheckContext, Rule } from '../rules/rule.js';
import type { WpcmServices } from '../wpcm-module.js';

type Check = (node: AstNode, accept: ValidationAcceptor) => void;

export function ruleModuleChecks(services: WpcmServices, rules: readonly Rule[]): ValidationChecks<WpcmAstType> {
    const checks: Record<string, Check[]> = {};
    for (const rule of rules) {
        for (const [type, check] of Object.entries(rule.checks ?? {})) {
            (checks[type] ??= []).push((node, accept) => {
                const context: CheckContext = {
                    services,
                    report: (message, info) => accept(rule.severity, message, { ...info, code: rule.code, data: { ...info.data, code: rule.code } })
                };
                (check as (node: AstNode, context: CheckContext) => void)(node, context);
            });
        }
    }
    return checks as ValidationChecks<WpcmAstType>;
}
