/**
 * A synthetic but realistic WPCM workspace for the benchmark: one model of
 * many files, each a persona with motions, KPIs, competencies that support
 * motions in other files, coaches and a gap.
 */

const VERBS = ['Prospect for', 'Qualify', 'Present', 'Negotiate', 'Close', 'Onboard', 'Expand', 'Renew', 'Forecast', 'Review'];
const OBJECTS = ['new leads', 'the opportunity', 'our solution', 'the terms', 'the deal', 'the customer', 'the account', 'the contract', 'the pipeline', 'the quarter'];
const DEFAULT_MOTIONS = 4;
const UNITS = ['touches per day', 'meetings per week', 'Opportunity per month', '%', 'days', 'calls per day'];

function kpi(file: number, motion: number, k: number): string {
    const unit = UNITS[(file + motion + k) % UNITS.length]!;
    const target = unit === '%' ? `>= ${50 + ((file + k) % 40)} %` : unit === 'days' ? `<= ${30 + k * 10} days` : `>= ${5 + k} ${unit}`;
    return [
        `        kpi K${file}_${motion}_${k} "Indicator ${k} of motion ${motion}" {`,
        `            target ${target}`,
        `            measured in CRM`,
        `        }`
    ].join('\n');
}

function motion(file: number, m: number, kpis: number): string {
    const title = `${VERBS[(file + m) % VERBS.length]} ${OBJECTS[(file * 3 + m) % OBJECTS.length]}`;
    return [
        `    motion M${file}_${m} "${title}" {`,
        `        goal "Move the deal forward at step ${m}."`,
        `        question "What does the customer need at step ${m}?"`,
        ...Array.from({ length: kpis }, (_, k) => kpi(file, m, k)),
        `    }`
    ].join('\n');
}

function competency(file: number, c: number, files: number): string {
    // Support a motion in the next file: cross-file references, as in real models.
    // Every file has at least DEFAULT_MOTIONS motions; beyond those, support our own.
    const target = c < DEFAULT_MOTIONS ? `M${(file + 1) % files}_${c}` : `M${file}_${c}`;
    return [
        `    competency C${file}_${c} "How to handle step ${c} well" {`,
        `        supports ${target}`,
        `        value "Sellers who master step ${c} win more often."`,
        `        format video`,
        `        search "sales step ${c} best practice"`,
        `        say "What would have to be true for you to move forward?"`,
        `        practice roleplay`,
        `        coached by Coach${file}`,
        `    }`
    ].join('\n');
}

/** One file: about 20 lines plus 13 per motion and competency pair (and 4 per extra KPI). */
export function syntheticFile(file: number, files: number, motions = DEFAULT_MOTIONS, kpisPerMotion = 2): string {
    const lines = [
        `model "Synthetic Sales"`,
        ``,
        // The shared definitions live in the first file, as teams keep them in one place.
        ...(file === 0 ? ['system CRM "Salesforce"', 'term Opportunity "A qualified lead."', ''] : []),
        `// Persona ${file}: generated for the benchmark.`,
        `persona P${file} "Seller ${file}" {`,
        `    description "A quota-carrying seller, variant ${file}."`,
        ...Array.from({ length: motions }, (_, m) => motion(file, m, kpisPerMotion)),
        ...Array.from({ length: motions }, (_, c) => competency(file, c, files)),
        `}`,
        ``,
        `coach Coach${file} "Coach number ${file}" {`,
        `    role sme`,
        `    expert in C${file}_0`,
        `}`,
        ``,
        `gap G${file} "Forecasts of seller ${file} are unreliable" {`,
        `    affects P${file}`,
        `    cause process "Managers do not review the pipeline weekly."`,
        `    cause performer "Sellers do not keep the CRM current."`,
        `    intervention process "Weekly pipeline review" addresses process`,
        `    intervention training "CRM hygiene training" addresses performer`,
        `}`,
        ``
    ];
    return lines.join('\n');
}

export function syntheticWorkspace(files: number): Array<{ uri: string; text: string }> {
    return Array.from({ length: files }, (_, i) => ({ uri: `file:///bench/persona-${i}.wpcm`, text: syntheticFile(i, files) }));
}

/** A single large file (about `lines` lines) used for the edit benchmark. */
export function largeFile(index: number, files: number, lines: number): string {
    const motions = Math.ceil((lines - 20) / 25);
    return syntheticFile(index, files, motions, 3);
}
