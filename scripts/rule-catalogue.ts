/**
 * Everything derived from the rule list (language/src/rules/index.ts):
 * the rule pages, their index, the README's rules table and the VS Code
 * extension's `wpcm.rules` setting entries. Pure rendering; the files are
 * written by scripts/write-rule-docs.ts (part of `npm run build`) and
 * tests/rules/catalogue.test.ts fails when a committed copy drifts.
 */
import type { Rule } from '@wpcm/language';
import { ALL_RULES, ruleDocsUrl } from '@wpcm/language';

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

export const README_START = '<!-- rules:start (generated from language/src/rules by npm run build) -->';
export const README_END = '<!-- rules:end -->';

function fence(code: string): string {
    return ['```wpcm', code, '```'].join('\n');
}

function canSwitchOff(rule: Rule): boolean {
    return rule.suppressible !== false;
}

export function rulePage(rule: Rule): string {
    const configuration = canSwitchOff(rule)
        ? [
            'Change its severity or switch it off in `wpcm.config.json` (or the `wpcm.rules` setting in VS Code):',
            '',
            '```json',
            `{ "rules": { "${rule.code}": "off" } }`,
            '```',
            '',
            'or suppress one finding with a comment on the line before it:',
            '',
            fence(`// wpcm-disable-next-line ${rule.code} -- the reason`)
        ]
        : ['This finding cannot be switched off or suppressed.'];
    return [
        `# \`${rule.code}\``,
        '',
        rule.summary,
        '',
        '| default severity | quick fix | can be switched off |',
        '|---|---|---|',
        `| ${rule.severity} | ${(rule.fixes?.length ?? 0) > 0 ? 'yes' : 'no'} | ${canSwitchOff(rule) ? 'yes' : 'no'} |`,
        '',
        '## Why',
        '',
        rule.docs.why,
        '',
        '## Reported',
        '',
        fence(rule.docs.bad),
        '',
        '## Not reported',
        '',
        fence(rule.docs.good),
        '',
        '## How to fix',
        '',
        rule.docs.fix,
        '',
        '## Configuration',
        '',
        ...configuration,
        '',
        '[All rules](README.md)',
        ''
    ].join('\n');
}

function tableRows(rules: readonly Rule[], link: (code: string) => string): string[] {
    return [
        '| code | default | what |',
        '|---|---|---|',
        ...rules.map(rule => `| [\`${rule.code}\`](${link(rule.code)}) | ${rule.severity} | ${rule.summary.replaceAll('|', '\\|')} |`)
    ];
}

export function rulesIndex(rules: readonly Rule[] = ALL_RULES): string {
    return [
        '# WPCM rules',
        '',
        'Every finding of `wpcm check` and the editor has one of these stable codes. Each page says why the rule exists, what it reports, how to fix it and how to configure it.',
        '',
        ...tableRows(rules, code => `${code}.md`),
        ''
    ].join('\n');
}

export function readmeTable(rules: readonly Rule[] = ALL_RULES): string {
    return [README_START, '', ...tableRows(rules, code => `docs/rules/${code}.md`), '', README_END].join('\n');
}

/** The README with its rules table replaced by the current one. */
export function withReadmeTable(readme: string, rules: readonly Rule[] = ALL_RULES): string {
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    if (start < 0 || end < start) throw new Error(`README.md has no "${README_START}" ... "${README_END}" markers`);
    return readme.slice(0, start) + readmeTable(rules) + readme.slice(end + README_END.length);
}

/** The `properties` of the extension's `wpcm.rules` setting. */
export function extensionRuleSettings(rules: readonly Rule[] = ALL_RULES): Record<string, object> {
    return Object.fromEntries(rules.filter(canSwitchOff).map(rule => [rule.code, {
        type: 'string',
        enum: [...SEVERITY_SETTINGS],
        markdownDescription: `${rule.summary} Default: \`${rule.severity}\`. [Rule page](${ruleDocsUrl(rule.code)})`
    }]));
}
