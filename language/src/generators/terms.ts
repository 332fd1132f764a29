/**
 * The terms a module relies on: those its motions count per (`per Lead`) and
 * those their text mentions ("Find leads from contacts" relies on Lead), so
 * the outline can repeat the company's definitions where the seller needs them.
 */
import type { Competency, Motion, Term } from '../generated/ast.js';
import { isNumericTarget } from '../generated/ast.js';
import type { ModelView } from './model-view.js';

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

// One pattern per term node, however many competencies are checked; freed with the document.
const patterns = new WeakMap<Term, RegExp>();

function mentionPattern(term: Term): RegExp {
    let pattern = patterns.get(term);
    if (!pattern) patterns.set(term, pattern = buildPattern(term.name));
    return pattern;
}

/** "Opportunity" matches "opportunity" and "opportunities"; "SalesQualifiedLead" matches "sales qualified leads". */
function buildPattern(name: string): RegExp {
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean).map(w => w.toLowerCase());
    const last = words.pop() ?? '';
    const forms = [last, `${last}s`, `${last}es`];
    if (/[^aeiou]y$/.test(last)) forms.push(`${last.slice(0, -1)}ies`);
    const head = words.map(w => `${escapeRegExp(w)}[\\s_-]+`).join('');
    return new RegExp(`(?<![\\w-])${head}(?:${forms.map(escapeRegExp).join('|')})(?![\\w-])`, 'i');
}

function motionTexts(motion: Motion): string[] {
    return [
        motion.title, motion.goal ?? '', ...motion.questions, ...motion.requires.flatMap(r => r.items),
        ...motion.kpis.flatMap(k => [k.title, k.counts ?? '', isNumericTarget(k.target) ? k.target.unit ?? '' : ''])
    ];
}

export function termsFor(competency: Competency, motions: readonly Motion[], view: ModelView): Term[] {
    const referenced = new Set<Term>();
    for (const kpi of motions.flatMap(m => m.kpis)) {
        const term = isNumericTarget(kpi.target) ? kpi.target.per?.term?.ref : undefined;
        if (term) referenced.add(term);
    }
    const text = [
        competency.title, competency.value ?? '', ...competency.says, ...motions.flatMap(motionTexts)
    ].join('\n');
    return view.terms.filter(term => referenced.has(term)
        || (view.sameModel(term, competency) && mentionPattern(term).test(text)));
}
