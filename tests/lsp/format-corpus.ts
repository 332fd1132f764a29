/**
 * A corpus for the formatter: every construct of the language in one model,
 * plus seeded mutations of it and of the examples that keep the text
 * parseable but scramble its layout and sprinkle comments.
 */
import { readExample } from '../support/workspace.js';

export const EVERYTHING = `// Every construct, laid out canonically.
model "Everything"

term Lead "A contact that has expressed interest."
system CRM "Salesforce"
system Survey

organization ABC "ABC Co." {
    strategy "Trusted advisors."
    reports quarterly
}

/* A persona with
   all clauses */
persona Seller "Seller" {
    description "Owns a deal."

    motion Qualify "Qualify the lead" {
        goal "Create an opportunity."
        question "Is there a need?"
        requires {
            "a need"
            "a budget"
        }
        requires "a sponsor"
        kpi Opps "New opportunities" {
            target >= 1 per day
            counts "an opportunity worth $10k or more"
            measured in CRM
        }
        kpi Deal "Deal size" {
            target between $10k and $1.5M per Lead
            measured in CRM
        }
        kpi Rate "Win rate" {
            target ≥ 75 % // trailing comment
            measured in Survey
        }
        kpi Vague "Vague" {
            target "above average"
        }
    }

    competency Ask "How to ask qualifying questions" {
        supports Qualify
        value "Qualified leads close."
        format video, infographic
        search "qualifying questions"
        say "What would have to be true?"
        practice roleplay
        practice "with a peer"
        coached by Dana, Lee
    }
}

coach Dana "Dana Reyes" {
    role sme
    expert in Ask
}
coach Lee {
    expert in Ask
}

gap Slow "Slow deals" {
    affects Seller, Qualify
    cause organization "Pay."
    cause process "No CRM reports."
    intervention compensation "New plan" addresses organization
    intervention training "CRM course"
}
`;

/** A small seeded PRNG (mulberry32), so every run sees the same corpus. */
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const SPACES = [' ', '  ', '\t', ' \t '];
const BREAKS = ['\n', '\n\n', '\n\n\n\n', '  \n\t', '\n    \n  ', '\r\n'];

/**
 * Rewrites the whitespace between tokens (never inside strings or comments):
 * a run holding a line break keeps one, so a `//` comment never swallows code;
 * a run next to punctuation may vanish; comments may be added.
 */
export function mutate(text: string, seed: number, addComments = true): string {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const lexeme = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/|\s+|[^\s"'/]+|\//g;
    let out = '';
    let previous = '';
    const pieces = [...text.matchAll(lexeme)].map(m => m[0]);
    pieces.forEach((piece, index) => {
        if (!/^\s+$/.test(piece)) {
            out += piece;
            previous = piece;
            return;
        }
        const following = pieces[index + 1] ?? '';
        const hasBreak = /[\n\r]/.test(piece);
        const punctuation = /[{},]$/.test(previous) || /^[{},]/.test(following);
        const roll = next();
        if (hasBreak) out += pick(BREAKS);
        else if (punctuation && roll < 0.3) out += '';
        else if (roll < 0.45) out += pick(BREAKS);
        else out += pick(SPACES);
        if (addComments && roll > 0.93) out += `/* c${index} */ `;
        if (addComments && hasBreak && roll > 0.9 && !previous.startsWith('//')) out = `${out.trimEnd()} // note ${index}\n`;
    });
    return out;
}

export interface CorpusEntry { name: string; text: string }

export function formatterCorpus(variants = 40): CorpusEntry[] {
    const sources = { everything: EVERYTHING, 'direct-seller': readExample('direct-seller.wpcm'), 'abc-co': readExample('abc-co.wpcm') };
    const entries: CorpusEntry[] = [];
    for (const [name, text] of Object.entries(sources)) {
        for (let seed = 1; seed <= variants; seed++) entries.push({ name: `${name}#${seed}`, text: mutate(text, seed * 7919, seed % 2 === 1) });
    }
    return entries;
}
