/** Text the parser cannot read. Reported by the lexer and parser, never switched off. */
import { defineRule } from './rule.js';

export const syntaxError = defineRule({
    code: 'syntax-error',
    severity: 'error',
    summary: 'The text does not follow the WPCM grammar.',
    docs: {
        why: 'Text that does not follow the grammar cannot be read reliably, so nothing after the error can be trusted. This finding cannot be switched off or suppressed.',
        bad: 'kpi Touches "Touches to contacts" {\n    target 60 touches per day\n}',
        good: 'kpi Touches "Touches to contacts" {\n    target >= 60 touches per day\n}',
        fix: 'Fix the text at the position shown. The examples in the repository show the layout of every block.'
    },
    suppressible: false
});
