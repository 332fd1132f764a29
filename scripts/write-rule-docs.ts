// Writes what is derived from the rule list: docs/rules/<code>.md and its
// index, the README's rules table and the extension's `wpcm.rules` setting
// entries (see scripts/rule-catalogue.ts). Part of `npm run build`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '@wpcm/language';
import { extensionRuleSettings, rulePage, rulesIndex, withReadmeTable } from './rule-catalogue.js';

const DOCS = 'docs/rules';
mkdirSync(DOCS, { recursive: true });
const pages = new Map(ALL_RULES.map(rule => [`${rule.code}.md`, rulePage(rule)]));
pages.set('README.md', rulesIndex());
// A renamed or removed rule must not leave its old page behind.
for (const file of readdirSync(DOCS)) if (!pages.has(file)) rmSync(`${DOCS}/${file}`);
for (const [file, text] of pages) writeFileSync(`${DOCS}/${file}`, text);

writeFileSync('README.md', withReadmeTable(readFileSync('README.md', 'utf8')));

const manifestPath = 'extension/package.json';
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.contributes.configuration.properties['wpcm.rules'].properties = extensionRuleSettings();
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 4)}\n`);
