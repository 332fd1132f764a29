/** environment-unexamined: every cause sits in the individual; the environment was not examined. */
import { defineRule } from './rule.js';
import { analyzeGap } from '../model/gaps.js';

export const environmentUnexamined = defineRule({
    code: 'environment-unexamined',
    severity: 'info',
    summary: 'Every cause is in an individual cell: examine information, resources and incentives first.',
    docs: {
        why: 'Gilbert found that most performance problems sit in the environment (information, resources, incentives), '
            + 'and that fixing it is cheaper than changing people. A cause analysis that only names knowledge, capacity '
            + 'or motives has most likely not looked there yet.',
        bad: 'gap SlowDeals "Deals take too long" {\n    cause performer "Sellers do not know the pricing rules." as knowledge\n}',
        good: 'gap SlowDeals "Deals take too long" {\n    cause process "Pricing approvals have no owner and wait for days." as resources\n    cause performer "Sellers do not know the pricing rules." as knowledge\n}',
        fix: 'Ask whether people know what is expected and how they are doing (information), have the tools and time (resources), '
            + 'and gain from performing (incentives); state what you find as causes in those cells.'
    },
    checks: {
        Gap: (gap, context) => {
            if (!gap.name || !analyzeGap(gap).environmentUnexamined) return;
            context.report(`Every classified cause of gap '${gap.name}' is in an individual cell: examine information, resources and incentives first (Gilbert).`,
                { node: gap, property: 'name' });
        }
    }
});
