/**
 * Quick fixes, keyed by diagnostic code. Each builder gets the diagnostic
 * (with the data its validator attached), the document and the node it
 * points at, and returns the edits that fix it, or nothing when no fix can
 * be derived with confidence. Every suppressible finding can also be
 * disabled for its line or file, as in ESLint.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { RULES } from '../rules.js';
import { HPT_RULES } from '../rules/hpt.js';
import type { WpcmServices } from '../wpcm-module.js';
import { addSupports, addValue } from './fixes/competency-fixes.js';
import type { FixBuilder, FixContext } from './fixes/context.js';
import { nodeAt } from './fixes/context.js';
import { addPeriod, addSource, addTarget, swapBounds } from './fixes/kpi-fixes.js';
import { addCompetency, addGoal, addKpi, addMotion, rewriteTitle } from './fixes/motion-fixes.js';
import { changeToSimilarName, declareMissing } from './fixes/reference-fixes.js';
import { removeModelHeader } from './fixes/structure-fixes.js';
import { suppress } from './fixes/suppression-fixes.js';

const FIXES: Readonly<Record<string, readonly FixBuilder[]>> = {
    [RULES.motionNounPhrase.code]: [rewriteTitle],
    [RULES.motionNoGoal.code]: [addGoal],
    [RULES.motionNoKpi.code]: [addKpi],
    [RULES.motionNoCompetency.code]: [addCompetency],
    [RULES.personaNoMotion.code]: [addMotion],
    [RULES.kpiNoNumericTarget.code]: [addTarget],
    [RULES.kpiNoSource.code]: [addSource],
    [RULES.kpiTargetNoPeriod.code]: [addPeriod],
    [RULES.kpiTargetOutOfRange.code]: [swapBounds],
    [RULES.moduleNoValue.code]: [addValue],
    [RULES.competencyNoMotion.code]: [addSupports],
    [RULES.duplicateModelHeader.code]: [removeModelHeader],
    [RULES.unresolvedReference.code]: [changeToSimilarName, declareMissing],
    ...Object.fromEntries(HPT_RULES.map(rule => [rule.code, rule.fixes ?? []])) // temporary, until rules/index.ts
};

export class WpcmCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: WpcmServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const fixes: CodeAction[] = [];
        const suppressions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code;
            if (typeof code !== 'string') continue;
            const context: FixContext = {
                diagnostic, document: document as LangiumDocument<Document>, services: this.services, node: nodeAt(document, diagnostic)
            };
            for (const build of FIXES[code] ?? []) fixes.push(...this.safely(build, context));
            suppressions.push(...suppress(context, code));
        }
        return [...fixes, ...suppressions];
    }

    /** A fix that throws on odd input must not take the other fixes down with it. */
    private safely(build: FixBuilder, context: FixContext): CodeAction[] {
        try {
            return build(context);
        } catch (error) {
            console.error(`WPCM quick fix ${build.name} failed:`, error);
            return [];
        }
    }
}
