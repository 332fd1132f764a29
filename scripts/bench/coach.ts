/**
 * `wpcm coach` at warehouse scale: a synthetic actuals file of 5,000,000 rows
 * (10,000 sellers in 100 teams, 250 working days, every row shape of the
 * Direct Seller model), generated once into bench-results/. Measured in child
 * processes: a bare parse with the same streaming parser (the floor) and the
 * bundled CLI end to end with the JSON report (time and peak RSS), in turns,
 * PAIRS times: on a shared machine one run of either can take half as long
 * again as the next, so the figures are the medians and the ratio is the
 * median of the pairs' ratios. Then once: the same on one thread
 * (WPCM_THREADS=1; by default the file is read on min(cores, 4) threads),
 * and the HTML report for all 10,000 sellers.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { median, round } from './measure.js';

const SELLERS = 10_000;
const TEAMS = 100;
const DAYS = 250;
const RESULTS = 'bench-results';
const FILE = join(RESULTS, `coach-actuals-${SELLERS}x${DAYS}x2.csv`);
const MODEL = 'examples/direct-seller.wpcm';
/** Floor and coach runs, in turns: the medians are reported. */
const PAIRS = 5;
/** Threads that read the file by default (cli/src/commands/coach.ts readThreads). */
const THREADS = Math.min(availableParallelism(), 4);

/** Rotating second row of each seller-day: every form the report computes (rate, ratio, mean). */
function secondRow(seller: number, day: number): string {
    const n = (seller * 7 + day) % 6;
    switch (n) {
        case 0: return `NewOpportunities,${(seller + day) % 3},,`;
        case 1: return `DeckOpens,,${(seller + day) % 5},${1 + ((seller * 3 + day) % 4)}`;
        case 2: return `WinRate,,${(seller + day) % 2},1`;
        case 3: return `TimeToClose,${40 + ((seller * 13 + day) % 90)},,`;
        case 4: return `DeckTime,${(seller + day) % 17}.5,,`;
        default: return `Satisfaction,${5 + ((seller + day) % 5)},,`;
    }
}

async function generate(): Promise<void> {
    mkdirSync(RESULTS, { recursive: true });
    const partial = `${FILE}.partial`;
    const out = createWriteStream(partial);
    const write = (text: string) => new Promise<void>(resolve => { if (out.write(text)) resolve(); else out.once('drain', resolve); });
    await write('date,seller,team,kpi,value,numerator,denominator\n');
    let date = Date.UTC(2025, 0, 1);
    for (let day = 0; day < DAYS; date += 86_400_000) {
        const weekday = new Date(date).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        const iso = new Date(date).toISOString().slice(0, 10);
        const lines: string[] = [];
        for (let s = 0; s < SELLERS; s++) {
            const prefix = `${iso},s${String(s).padStart(5, '0')},team-${String(s % TEAMS).padStart(3, '0')},`;
            lines.push(`${prefix}Touches,${40 + ((s * 31 + day * 17) % 45)},,\n${prefix}${secondRow(s, day)}\n`);
        }
        await write(lines.join(''));
        day++;
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    renameSync(partial, FILE);
}

interface ChildRun { ms: number; stdout: string; rssMB: number }

function runChild(args: string[], env: Record<string, string> = {}): Promise<ChildRun> {
    const rssFile = join(RESULTS, `rss-${process.pid}-${Date.now()}.txt`);
    const start = performance.now();
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--require', './scripts/bench/report-rss.cjs', ...args], {
            stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, WPCM_BENCH_RSS_FILE: rssFile }
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => {
            const ms = performance.now() - start;
            if (code !== 0) { reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)); return; }
            const rssMB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
            rmSync(rssFile, { force: true });
            resolve({ ms, stdout, rssMB });
        });
    });
}

export interface CoachFigures {
    coachRows: number;
    coachMs: number;
    coachRowsPerSec: number;
    csvParseMs: number;
    coachOverParse: number;
    coachPeakRssMB: number;
    coachOneThreadMs: number;
    coachOneThreadOverParse: number;
    coachReportMs: number;
    coachReportPeakRssMB: number;
}

export async function benchCoach(): Promise<{ figures: CoachFigures; rows: Array<[string, string, string]> }> {
    if (!existsSync(FILE)) await generate();
    const sizeMB = statSync(FILE).size / 1e6;
    if (!existsSync('out/cli.cjs')) throw new Error('out/cli.cjs is missing: run npm run build first');
    const jsonOut = join(RESULTS, 'coach-json');
    const coachArgs = ['out/cli.cjs', 'coach', MODEL, '--actuals', FILE, '--format', 'json', '--out', jsonOut];
    const pairs: Array<{ parseMs: number; coach: ChildRun }> = [];
    let rows = 0;
    for (let i = 0; i < PAIRS; i++) {
        const parsed = JSON.parse((await runChild(['--import', 'tsx', 'scripts/bench/parse-child.ts', FILE])).stdout) as { ms: number; rows: number };
        rows = parsed.rows;
        pairs.push({ parseMs: parsed.ms, coach: await runChild(coachArgs) });
    }
    const report = JSON.parse(readFileSync(join(jsonOut, 'coaching.json'), 'utf8')) as { rows: { read: number; used: number } };
    if (report.rows.used !== rows - 1) throw new Error(`coach used ${report.rows.used} rows of ${rows - 1}`);
    const parseMs = median(pairs.map(p => p.parseMs));
    const coach = { ms: median(pairs.map(p => p.coach.ms)), rssMB: Math.max(...pairs.map(p => p.coach.rssMB)) };
    const oneThread = await runChild(coachArgs, { WPCM_THREADS: '1' });
    const htmlOut = join(RESULTS, 'coach-html');
    rmSync(htmlOut, { recursive: true, force: true });
    const html = await runChild(['out/cli.cjs', 'coach', MODEL, '--actuals', FILE, '--format', 'html', '--out', htmlOut]);
    const figures: CoachFigures = {
        coachRows: report.rows.read,
        coachMs: round(coach.ms),
        coachRowsPerSec: Math.round(report.rows.read / (coach.ms / 1000)),
        csvParseMs: round(parseMs),
        coachOverParse: round(median(pairs.map(p => p.coach.ms / p.parseMs)), 2),
        coachPeakRssMB: round(coach.rssMB),
        coachOneThreadMs: round(oneThread.ms),
        coachOneThreadOverParse: round(oneThread.ms / parseMs, 2),
        coachReportMs: round(html.ms),
        coachReportPeakRssMB: round(html.rssMB)
    };
    return {
        figures,
        rows: [
            ['coach input', `${figures.coachRows.toLocaleString('en-US')} rows, ${round(sizeMB)} MB`, `${SELLERS.toLocaleString('en-US')} sellers`],
            ['bare CSV parse (floor)', `${figures.csvParseMs} ms`, `papaparse, same streaming; median of ${pairs.map(p => round(p.parseMs)).join(', ')}`],
            ['wpcm coach end to end (JSON)', `${figures.coachMs} ms, ${figures.coachRowsPerSec.toLocaleString('en-US')} rows/s`, `median of ${pairs.map(p => round(p.coach.ms)).join(', ')}; ${THREADS} threads`],
            ['coach / parse', `${figures.coachOverParse}x`, `median of the ${PAIRS} pairs' ${pairs.map(p => round(p.coach.ms / p.parseMs, 2)).join(', ')}; budget 1.33x`],
            ['wpcm coach peak RSS', `${figures.coachPeakRssMB} MB`, 'budget 400 MB'],
            ['wpcm coach on one thread', `${figures.coachOneThreadMs} ms`, `${figures.coachOneThreadOverParse}x parse, WPCM_THREADS=1`],
            ['HTML report, 10,000 sellers', `${figures.coachReportMs} ms, ${figures.coachReportPeakRssMB} MB`, 'end to end, budget 30 s; peak RSS (pages written as made)']
        ]
    };
}

// Run alone: `node --import tsx scripts/bench/coach.ts`.
if (process.argv[1]?.endsWith('coach.ts')) {
    const { figures, rows } = await benchCoach();
    for (const [name, value, note] of rows) console.log(`${name.padEnd(30)}  ${value.padEnd(36)}  ${note}`);
    console.log(JSON.stringify(figures));
}
