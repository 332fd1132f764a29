/** Fixes on motions: the verb-phrase rewrite, a missing goal, KPI or competency. */
import type { CodeAction } from 'vscode-languageserver-types';
import { isMotion, isPersona } from '../../generated/ast.js';
import type { FixContext } from './context.js';
import { lowerFirst } from '../../text/words.js';
import { containerOf, freshName, kpiStub, quickFix, quoted } from './context.js';
import { insertClauses } from './text-edits.js';

export function rewriteTitle(context: FixContext): CodeAction[] {
    const { diagnostic, document } = context;
    const suggestion = (diagnostic.data as { suggestion?: unknown } | undefined)?.suggestion;
    if (typeof suggestion !== 'string') return [];
    const quote = document.textDocument.getText(diagnostic.range).charAt(0) === "'" ? "'" : '"';
    return quickFix(context, `Rewrite as "${suggestion}"`, [{ range: diagnostic.range, newText: quoted(suggestion, quote) }], true);
}

export function addGoal(context: FixContext): CodeAction[] {
    const motion = containerOf(context, isMotion);
    if (!motion) return [];
    return quickFix(context, 'Add a goal',
        [insertClauses(context.document, motion, ['goal "Describe what this motion achieves."'], 'start')], true);
}

export function addKpi(context: FixContext): CodeAction[] {
    const motion = containerOf(context, isMotion);
    if (!motion) return [];
    return quickFix(context, 'Add a KPI',
        [insertClauses(context.document, motion, [kpiStub(context, `${motion.name}Kpi`)], 'end')], true);
}

/** A competency that supports the motion, titled after it: "How to close the deal". */
export function addCompetency(context: FixContext): CodeAction[] {
    const motion = containerOf(context, isMotion);
    const persona = motion && containerOf(context, isPersona);
    if (!motion || !persona) return [];
    const stub = [
        `competency ${freshName(context, 'Competency', `${motion.name}Skills`)} ${quoted(`How to ${lowerFirst(motion.title)}`)} {`,
        `\tsupports ${motion.name}`,
        '\tvalue "Why the seller should care."',
        '}'
    ].join('\n');
    return quickFix(context, `Add a competency that supports '${motion.name}'`, [insertClauses(context.document, persona, [stub], 'end')]);
}

export function addMotion(context: FixContext): CodeAction[] {
    const persona = containerOf(context, isPersona);
    if (!persona) return [];
    const name = freshName(context, 'Motion', 'FirstMotion');
    const stub = [
        `motion ${name} "Describe the first step" {`,
        '\tgoal "Describe what this motion achieves."',
        ...kpiStub(context, `${name}Kpi`).split('\n').map(line => `\t${line}`),
        '}'
    ].join('\n');
    return quickFix(context, 'Add a motion', [insertClauses(context.document, persona, [stub], 'end')], true);
}
