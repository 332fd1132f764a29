/**
 * Where a rule's page lives. Every rule has `docs/rules/<code>.md` in the
 * repository, shipped in the npm package; `RULE_DOCS_BASE` is its stable
 * public location (the repository's default branch), used by SARIF
 * `helpUri`. Editors may link the installed copy instead (see the server).
 */
export const RULE_DOCS_BASE = 'https://github.com/wpcm-dev/wpcm/blob/main/docs/rules/';

/** The page of a rule under `base` (a URL ending in "/"), by default the public one. */
export function ruleDocsUrl(code: string, base: string = RULE_DOCS_BASE): string {
    return `${base}${encodeURIComponent(code)}.md`;
}
