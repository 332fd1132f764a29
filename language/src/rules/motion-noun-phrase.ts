/** Motions are what a seller does, so their titles are action verb phrases. */
import { analyzeMotionTitle, suggestVerbPhrase } from '../phrases/index.js';
import { quickFix, quoted } from '../lsp/fixes/context.js';
import { defineRule } from './rule.js';

export const motionNounPhrase = defineRule({
    code: 'motion-noun-phrase',
    severity: 'warning',
    summary: 'A motion title is a noun phrase, not an action verb phrase.',
    docs: {
        why: 'A motion is a step of the seller\'s workflow: something the seller *does*. A noun phrase ("Deal closure") names a thing or a department; a verb phrase ("Close the deal") tells the seller what to do, and makes the module titles that support it read naturally ("How to close the deal").',
        bad: 'motion Closing "Deal closure" {\n    goal "Close business on the customer\'s timetable."\n}',
        good: 'motion Closing "Close the deal" {\n    goal "Close business on the customer\'s timetable."\n}',
        fix: 'Start the title with the verb for what the seller does. When a verb phrase can be derived with confidence the quick fix *Rewrite as "..."* replaces the title; otherwise rewrite it by hand.'
    },
    checks: {
        Motion(motion, context) {
            if (!motion.title?.trim()) return;
            const analysis = analyzeMotionTitle(motion.title);
            if (analysis.isVerbPhrase) return;
            const suggestion = suggestVerbPhrase(motion.title);
            const advice = suggestion
                ? `write it as an action, e.g. "${suggestion}"`
                : 'start it with the verb for what the seller does, e.g. "Qualify the lead"';
            context.report(`Motion title "${motion.title}" is a noun phrase (${analysis.reason}); ${advice}.`,
                { node: motion, property: 'title', data: suggestion ? { suggestion } : {} });
        }
    },
    fixes: [
        function rewriteTitle(context) {
            const { diagnostic, document } = context;
            const suggestion = (diagnostic.data as { suggestion?: unknown } | undefined)?.suggestion;
            if (typeof suggestion !== 'string') return [];
            const quote = document.textDocument.getText(diagnostic.range).charAt(0) === "'" ? "'" : '"';
            return quickFix(context, `Rewrite as "${suggestion}"`, [{ range: diagnostic.range, newText: quoted(suggestion, quote) }], true);
        }
    ]
});
