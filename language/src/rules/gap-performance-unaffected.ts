/**
 * gap-performance-unaffected: a performance line shows the gap on a KPI of a motion that the
 * gap's `affects` leaves out. `affects` names where the gap shows, and a performance line is
 * where it shows, so the two disagree: the report's "Affects" line would contradict its own
 * table, and the module index would not list the gap under the motion's persona.
 */
import type { Gap, Kpi, Motion } from '../generated/ast.js';
import { isMotion, isPerformance } from '../generated/ast.js';
import { containerOf, quickFix } from '../lsp/fixes/context.js';
import { personaOf } from '../model/elements.js';
import { affected } from '../model/gaps.js';
import { gapOf } from './gap-fixes.js';
import { defineRule } from './rule.js';

/** The motion of the KPI, when the gap's `affects` covers neither it nor its persona. */
function unaffectedMotion(gap: Gap, kpi: Kpi): Motion | undefined {
    const motion = isMotion(kpi.$container) ? kpi.$container : undefined;
    if (!motion) return undefined;
    const { personas, motions } = affected(gap);
    const persona = personaOf(motion);
    return motions.includes(motion) || (persona !== undefined && personas.includes(persona)) ? undefined : motion;
}

export const gapPerformanceUnaffected = defineRule({
    code: 'gap-performance-unaffected',
    severity: 'info',
    summary: 'A performance line names a KPI of a motion that the gap does not affect.',
    docs: {
        why: '`affects` names the personas and motions where the gap shows, and a `performance` line is where it shows. When the KPI '
            + 'belongs to a motion that `affects` leaves out, the model says two things: the gap report lists the motions affected and, '
            + 'next to them, a KPI of another one, and the module outlines of that motion\'s persona do not mention the gap.',
        bad: 'gap SlowDeals "Deals take too long" {\n    affects Qualify\n    performance TimeToClose is 120 days    // a KPI of motion Close\n}',
        good: 'gap SlowDeals "Deals take too long" {\n    affects Qualify, Close\n    performance TimeToClose is 120 days\n}',
        fix: 'Add the KPI\'s motion to `affects` (the quick fix does), or name a KPI of the motions the gap affects.'
    },
    checks: {
        Gap: (gap, context) => {
            // A gap without `affects`, or one whose names do not resolve, is not checked: nothing to compare with.
            if (!gap.name || gap.affects.length === 0 || gap.affects.some(ref => !ref.ref)) return;
            for (const performance of gap.performances) {
                const kpi = performance.kpi?.ref;
                const motion = kpi && unaffectedMotion(gap, kpi);
                if (!kpi || !motion) continue;
                context.report(`Gap '${gap.name}' shows on '${kpi.name}', a KPI of motion '${motion.name}', which the gap does not affect; add ${motion.name} to "affects".`,
                    { node: performance, property: 'kpi' });
            }
        }
    },
    fixes: [context => {
        const gap = gapOf(context);
        const kpi = containerOf(context, isPerformance)?.kpi?.ref;
        const motion = gap && kpi ? unaffectedMotion(gap, kpi) : undefined;
        const last = gap?.affects.at(-1)?.$refNode;
        if (!motion || !last) return [];
        const at = context.document.textDocument.positionAt(last.end);
        return quickFix(context, `Add '${motion.name}' to affects`, [{ range: { start: at, end: at }, newText: `, ${motion.name}` }], true);
    }]
});
