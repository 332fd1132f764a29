/**
 * Messages in the user's terms: syntax errors on one line saying what is
 * expected, unresolved references that say where the name is or what was
 * probably meant (in the CLI too).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../cli/src/formatters/text.js';
import { runCli, tempFolder } from '../support/cli.js';
import { buildWorkspace, diagnose } from '../support/workspace.js';

async function syntaxErrors(text: string): Promise<Array<[string, number, number]>> {
    return (await diagnose(text)).filter(d => d.code === 'syntax-error').map(d => [String(d.message), d.range.start.line, d.range.start.character]);
}

const kpi = (clause: string) => `persona P { motion M "Close the deal" { kpi K "K" { ${clause} } } }`;

describe('syntax errors: one line, in the user\'s terms', () => {
    it.each([
        [kpi('target 60 per day'), 'a target needs a comparator before the number: >=, <=, =, >, < or between (found \'60\')', 59],
        [kpi('target $10k'), 'a target needs a comparator before the number: >=, <=, =, >, < or between (found \'$\')', 59],
        [kpi('target at least 5'), 'a target is a comparator and a number (>= 60, <= 90 days, between 40 and 60 %) or a quoted text; found \'at\'', 59],
        ['gap G "G" { cause job "x" }', 'a cause level is organization, process or performer; found \'job\'; the level of the individual (the job) is called performer', 18],
        ['gap G "G" { cause system "x" }', 'a cause level is organization, process or performer; found \'system\'', 18],
        ['competency Über "How to x" { }', 'names may contain only ASCII letters, digits, _ and - and start with a letter or _; \'Ü\' is not allowed in a name (write it in the quoted title instead)', 11],
        ['persona P { motion M { goal "x" } }', 'motion M needs a quoted title after its name, e.g. motion M "..."; found \'{\'', 21],
        ['persona P { motion M "Close the deal" { goal } }', '\'goal\' needs a quoted text after it, e.g. goal "..."; found \'}\'', 45],
        ['persona { }', '\'persona\' needs a name after it (letters, digits, _ and -, starting with a letter or _); found \'{\'', 8],
        [kpi('target between 1 2'), 'expected \'and\' here; found \'2\'', 69],
        [kpi('measured CRM'), 'expected \'in\' here; found \'CRM\'', 61],
        ['persona P { motion M "Close the deal" { foo "x" } }', '\'foo\' cannot appear here; expected \'}\' to close the block (or a clause this block allows)', 40],
        ['persona P { motion M "Close the deal" { goal "x" }', 'a \'}\' is missing before the end of the file', 50],
        ['persona P "x" { } }', '\'}\' has no block to close: there is one \'}\' too many', 18]
    ])('%s', async (text, message, column) => {
        const [first] = await syntaxErrors(text);
        expect(first).toEqual([message, 0, column]);
        expect(message).not.toMatch(/\n/);
    });
});

describe('unresolved references say what would fix them', () => {
    const FILES = {
        'a.wpcm': 'model "Customer Success"\npersona Csm "CSM" { motion Review "Review the account" { goal "g" } }\n',
        'b.wpcm': 'model "Customer success"\ncompetency C "How to review" { supports Review }\n',
        'c.wpcm': 'term Lead "A lead."\nsystem CRM "x"\npersona P { motion M "Call the lead" { kpi K "K" { target >= 1 per lead measured in CMR } } }\n',
        'd.wpcm': 'model "Other"\ncompetency D "How to review" { supports Review, Nothing }\n'
    };

    it('names the model with a header that differs only in case, another model, or the close names', async () => {
        const built = await buildWorkspace(FILES);
        const unresolved = (name: string) => built[name]!.diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.message);
        expect(unresolved('b.wpcm')).toEqual([
            'Unknown motion \'Review\': it is defined in model "Customer Success", but this file\'s header says model "Customer success"; model headers must match exactly, including case.'
        ]);
        expect(unresolved('c.wpcm')).toEqual([
            'Unknown system \'CMR\': no system of that name is defined in the workspace; did you mean \'CRM\'?',
            'Unknown term \'lead\': no term of that name is defined in the workspace; did you mean \'Lead\'?'
        ]);
        expect(unresolved('d.wpcm')).toEqual([
            'Unknown motion \'Review\': it is defined in model "Customer Success", which this file (model "Other") cannot see; give both files the same model header, or move the declaration to a file without one.',
            'Unknown motion \'Nothing\': no motion of that name is defined in the workspace; check the spelling or define it.'
        ]);
    });

    it('the CLI prints the same hints, one finding per line', async () => {
        const folder = tempFolder();
        for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
        writeFileSync(join(folder, 'e.wpcm'), 'model "E"\n' + kpi('target 60 per day').replace('persona P', 'persona Q').replace('motion M', 'motion N').replace('kpi K', 'kpi L') + '\n');
        const run = await runCli(['check', '.'], folder);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toContain('c.wpcm:3:68 error unresolved-reference Unknown term \'lead\': no term of that name is defined in the workspace; did you mean \'Lead\'?');
        expect(lines).toContain('e.wpcm:2:60 error syntax-error a target needs a comparator before the number: >=, <=, =, >, < or between (found \'60\')');
        expect(lines.every(line => /^[a-e]\.wpcm:\d+:\d+ (error|warning|info|hint) [a-z-]+ /.test(line) || /^\d+ problems/.test(line))).toBe(true);
    });
});

describe('the text format', () => {
    it('keeps a finding on one line even when a message has line breaks', () => {
        const finding = { file: 'a.wpcm', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error' as const, code: 'syntax-error', message: 'first\n  1. [>=]\nlast' };
        expect(formatText([finding], 1)).toBe('a.wpcm:1:2 error syntax-error first 1. [>=] last\n1 problem (1 error, 0 warnings, 0 infos) in 1 file.\n');
    });
});

describe('no silent misreads', () => {
    it('1.5m is reported, not read as 1.5 of a unit "m"', async () => {
        const found = (await diagnose(kpi('target >= $1.5m per quarter measured in CRM') + '\nsystem CRM "x"\n')).filter(d => d.code === 'kpi-target-ambiguous-unit');
        expect(found.map(d => [d.message, d.range.start.character, d.range.end.character])).toEqual([[
            "KPI 'K': '1.5m' reads as 1.5 with the unit 'm'; write 1.5M for 1.5 million, or '1.5 m' with a space if 'm' is a unit.", 66, 67
        ]]);
    });

    it('a misspelt code in a disable comment is reported with the code it probably meant', async () => {
        const text = '// wpcm-disable-next-line motion-noun-phras -- reason\npersona P { motion M "Deal closure" { goal "g" } }\n';
        const found = (await diagnose(text)).filter(d => d.code === 'unknown-rule-code');
        expect(found.map(d => [d.message, d.range])).toEqual([[
            "Unknown rule code 'motion-noun-phras' in a wpcm-disable comment: it suppresses nothing; did you mean 'motion-noun-phrase'?",
            { start: { line: 0, character: 26 }, end: { line: 0, character: 43 } }
        ]]);
        expect((await diagnose(text)).some(d => d.code === 'motion-noun-phrase')).toBe(true);
    });
});

describe('duplicate names say where the other declaration is when a file without a model header takes part', () => {
    const duplicates = async (files: Record<string, string>) => Object.fromEntries(Object.entries(await buildWorkspace(files))
        .map(([name, file]) => [name, file.diagnostics.filter(d => d.code === 'duplicate-name').map(d => d.message)]));

    it('in a file with a header: how many of them sit in shared files', async () => {
        const found = await duplicates({
            'shared.wpcm': 'system CRM "Salesforce"\nsystem Gong "Gong"\n',
            'sdr.wpcm': 'model "Sales Development"\nsystem CRM "Salesforce"\nsystem Gong "Gong"\nsystem Gong "Gong again"\n',
            'ae.wpcm': 'model "Enterprise Sales"\nsystem CRM "Salesforce"\n'
        });
        expect(found['sdr.wpcm']).toEqual([
            "Duplicate system name 'CRM': declared 2 times in this model, the other in a file without a model header (such a file belongs to every model); names must be unique, so rename one.",
            "Duplicate system name 'Gong': declared 3 times in this model, 1 of them in a file without a model header (such a file belongs to every model); names must be unique, so rename one.",
            "Duplicate system name 'Gong': declared 3 times in this model, 1 of them in a file without a model header (such a file belongs to every model); names must be unique, so rename one."
        ]);
        // Before: "declared 3 times in this model" in a file that has no model, counting two models that never see each other.
        expect(found['shared.wpcm']).toEqual([
            "Duplicate system name 'CRM': this file has no model header, so it belongs to every model, and models \"Enterprise Sales\" and \"Sales Development\" declare it too (3 declarations in all); names must be unique, so rename one, or give this file the `model` header of the model it belongs to.",
            "Duplicate system name 'Gong': this file has no model header, so it belongs to every model, and model \"Sales Development\" declares it too (3 declarations in all); names must be unique, so rename one, or give this file the `model` header of the model it belongs to."
        ]);
    });

    it('keeps the plain message when every declaration is in the same model, headers or none', async () => {
        const found = await duplicates({ 'a.wpcm': 'system CRM\nsystem CRM\n', 'b.wpcm': 'model "M"\nsystem X\n', 'c.wpcm': 'model "M"\nsystem X\n' });
        expect(found['a.wpcm']).toEqual(Array(2).fill("Duplicate system name 'CRM': declared 2 times in this model; names must be unique, so rename one."));
        expect(found['b.wpcm']).toEqual(["Duplicate system name 'X': declared 2 times in this model; names must be unique, so rename one."]);
    });
});
