/**
 * `unknown-rule-code`: a suppression comment that names a code no rule has
 * (`// wpcm-disable-next-line motion-noun-phras`). It would suppress nothing,
 * silently, so the finding it was meant for still shows and nobody knows why.
 */
import { AstUtils } from 'langium';
import { similarNames } from '../text/similar-names.js';
import { directiveCodes, lineCommentStarts } from '../validation/suppressions.js';
import { quickFix } from '../lsp/fixes/context.js';
// A cycle (index.ts lists this rule), safe because ALL_RULES is only read when a check runs.
import { ALL_RULES } from './index.js';
import { defineRule } from './rule.js';

export const unknownRuleCode = defineRule({
    code: 'unknown-rule-code',
    severity: 'warning',
    summary: 'A wpcm-disable comment names a rule code that does not exist.',
    docs: {
        why: 'A suppression with a misspelt code suppresses nothing: the finding it was written for is still reported, and the comment looks as if it worked.',
        bad: '// wpcm-disable-next-line motion-noun-phras -- the customer\'s own process name\nmotion Closing "Deal closure" { goal "Win." }',
        good: '// wpcm-disable-next-line motion-noun-phrase -- the customer\'s own process name\nmotion Closing "Deal closure" { goal "Win." }',
        fix: 'Correct the code (the finding names the closest ones; the quick fix applies the first), or remove it. The codes are listed in the rules table.'
    },
    checks: {
        Document(document, context) {
            const root = document.$cstNode?.root;
            if (!root) return;
            const text = root.fullText;
            const lines = AstUtils.getDocument(document).textDocument;
            const codes = new Set(ALL_RULES.map(rule => rule.code));
            for (const { code, offset } of directiveCodes(text, lineCommentStarts(root))) {
                if (codes.has(code)) continue;
                const similar = similarNames(code, codes, 2);
                const hint = similar.length > 0 ? `did you mean ${similar.map(c => `'${c}'`).join(' or ')}?` : 'see the rules table for the codes.';
                // Positions as the editor counts lines (a lone CR is a line break too).
                const start = lines.positionAt(offset);
                const end = lines.positionAt(offset + code.length);
                context.report(`Unknown rule code '${code}' in a wpcm-disable comment: it suppresses nothing; ${hint}`,
                    { node: document, range: { start, end }, data: { suggestions: similar } });
            }
        }
    },
    fixes: [
        function changeToKnownCode(context) {
            const { suggestions } = (context.diagnostic.data ?? {}) as { suggestions?: string[] };
            return (suggestions ?? []).flatMap((code, i) => quickFix(context, `Change to '${code}'`, [{ range: context.diagnostic.range, newText: code }], i === 0));
        }
    ]
});
