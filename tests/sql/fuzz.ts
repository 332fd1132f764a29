/**
 * A seeded generator of random valid workspaces and actuals for the
 * differential test of `wpcm coach` against the generated SQL (differential.ts),
 * and a reference computation of the README's definitions ("Coaching: wpcm
 * coach") straight from the generated rows, independent of language/src/coaching:
 * it knows each target from what it wrote, not from the parser.
 *
 * The models cover what the grammar allows: every comparator (also ≥ and ≤),
 * between, quoted targets, units, %, currency, k/M suffixes and thousands
 * separators, per day|week|month|quarter|year|<Term>, KPIs without a target,
 * motions with several or no KPIs, competencies (in the persona and at the top
 * level) with coaches; several models whose personas repeat KPI names, so
 * rows name the persona (by name or title). The actuals: value only,
 * numerator and denominator only, both, zero denominators, negative and
 * fractional values, padded names, sellers who change team (also twice on
 * one day), sellers with data for some KPIs only, teams of one and two, ties,
 * rows outside the window, unknown KPI names, custom working days.
 */
import { seededRandom } from '../support/random.js';

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
type Comparison = '>=' | '<=' | '=' | '>' | '<' | 'between';

/** A target as the generator wrote it: what the README's definitions read. */
export interface FuzzTarget {
    readonly text: string;
    /** Undefined for a quoted target. */
    readonly comparison?: Comparison;
    readonly value?: number;
    readonly upper?: number;
    readonly percent?: boolean;
    readonly currency?: boolean;
    readonly duration?: boolean;
    readonly period?: Period;
    readonly perTerm?: string;
}

export interface FuzzKpi { readonly id: string; readonly target: FuzzTarget | undefined }
export interface FuzzMotion { readonly id: string; readonly kpis: readonly FuzzKpi[] }
export interface FuzzPersona { readonly id: string; readonly title: string; readonly motions: readonly FuzzMotion[] }

export interface FuzzCase {
    readonly seed: number;
    /** File name -> model text. */
    readonly models: Record<string, string>;
    /** Personas in catalog order (files in name order, as written). */
    readonly personas: readonly FuzzPersona[];
    readonly csv: string;
    readonly window: [string | null, string | null];
    readonly workingDays: readonly Weekday[] | undefined;
}

const UNITS = ['calls', 'meetings', 'touches', 'demos', 'visits', 'Opportunity'];
const DURATIONS = ['days', 'hours', 'weeks', 'minutes'];
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];
const CURRENCIES = ['$', '€', '£', '¥'];

/** A number as the grammar writes it, and what it stands for: 1,200 / 2.5 / 10k / 1.5M / -5. */
function quantity(random: () => number, negative: boolean): { text: string; value: number } {
    const r = random();
    const sign = negative && random() < 0.5 ? -1 : 1;
    let text: string;
    let value: number;
    if (r < 0.3) { value = 1 + Math.floor(random() * 30); text = String(value); }
    else if (r < 0.45) { value = Math.round(random() * 1000) / 100; text = String(value); }
    else if (r < 0.6) { const k = 1 + Math.floor(random() * 90); text = `${k}k`; value = k * 1000; }
    else if (r < 0.7) { const m = Math.round(random() * 30) / 10 + 0.5; text = `${m}M`; value = m * 1_000_000; }
    else if (r < 0.8) { value = 1000 + Math.floor(random() * 9000); text = `${Math.floor(value / 1000)},${String(value % 1000).padStart(3, '0')}`; }
    else if (r < 0.85) { value = 0; text = '0'; }
    else { value = 2 + Math.floor(random() * 60); text = String(value); }
    if (sign < 0 && value !== 0) { value = -value; text = `-${text}`; }
    return { text, value };
}

function comparatorText(random: () => number, comparison: Exclude<Comparison, 'between'>): string {
    if (comparison === '>=' && random() < 0.2) return '≥';
    if (comparison === '<=' && random() < 0.2) return '≤';
    return comparison;
}

function randomTarget(random: () => number, terms: readonly string[]): FuzzTarget | undefined {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const kind = pick(['none', 'quoted', 'rate', 'rate', 'money-rate', 'percent', 'percent', 'per-term', 'duration', 'score', 'count', 'money'] as const);
    if (kind === 'none') return undefined;
    if (kind === 'quoted') return { text: '"above the team average"' };
    const comparison = pick(['>=', '>=', '>=', '<=', '=', '>', '<', 'between'] as const);
    // Percentages and amounts may be negative (growth, margin); counts and durations may not.
    const negative = kind === 'percent' || kind === 'money' || kind === 'money-rate';
    let low = quantity(random, negative);
    let high = quantity(random, negative);
    if (comparison === 'between' && high.value < low.value) [low, high] = [high, low];
    const currency = kind === 'money' || kind === 'money-rate' || (kind === 'per-term' && random() < 0.3) ? pick(CURRENCIES) : '';
    const percent = kind === 'percent';
    const amount = (q: { text: string }) => `${currency}${q.text}${percent ? (random() < 0.5 ? ' %' : '%') : ''}`;
    const head = comparison === 'between' ? `between ${amount(low)} and ${amount(high)}` : `${comparatorText(random, comparison)} ${amount(low)}`;
    let unit = '';
    let period: Period | undefined;
    let perTerm: string | undefined;
    let duration = false;
    switch (kind) {
        case 'rate': unit = ` ${pick(UNITS)}`; period = pick(PERIODS); break;
        case 'money-rate': period = pick(PERIODS); break;
        case 'percent': if (random() < 0.2) perTerm = pick(terms); else if (random() < 0.2) period = pick(PERIODS); break;
        case 'per-term': unit = random() < 0.5 ? ' opens' : ''; perTerm = pick(terms); break;
        case 'duration': unit = ` ${pick(DURATIONS)}`; duration = true; if (random() < 0.2) period = pick(PERIODS); break;
        case 'count': unit = random() < 0.5 ? ` ${pick(UNITS)}` : ''; break;
        default: break;
    }
    const per = period ? ` per ${period}` : perTerm ? ` per ${perTerm}` : '';
    return {
        text: `${head}${unit}${per}`, comparison, value: low.value, ...(comparison === 'between' ? { upper: high.value } : {}),
        percent, currency: currency !== '', duration, ...(period ? { period } : {}), ...(perTerm ? { perTerm } : {})
    };
}

/** KPI names shared by the models (so personas of different models repeat them). */
const KPI_NAMES = ['Calls', 'WinRate', 'Cycle', 'Bookings', 'Demos', 'Opens', 'Nps', 'Renewals', 'Discount', 'Margin', 'Growth', 'Touches'];
const PERSONA_NAMES = ['Hunter', 'Farmer', 'Partner', 'Inside', 'Renewer', 'Channel', 'Key'];

function randomWorkspace(random: () => number): { models: Record<string, string>; personas: FuzzPersona[] } {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const modelCount = random() < 0.5 ? 1 : random() < 0.7 ? 2 : 3;
    const models: Record<string, string> = {};
    const personas: FuzzPersona[] = [];
    const usedPersonas = new Set<string>();
    for (let m = 0; m < modelCount; m++) {
        const terms = ['Lead', 'Deal'];
        const lines = [`model "Fuzz ${m}"`, 'system CRM "Salesforce"', 'term Lead "A contact with interest."', 'term Deal "An opportunity in the CRM."'];
        const usedKpis = new Set<string>();
        const personaCount = random() < 0.6 ? 1 : 2;
        const coaches: string[] = [];
        const competencies: string[] = [];
        for (let p = 0; p < personaCount; p++) {
            const free = PERSONA_NAMES.filter(n => !usedPersonas.has(n));
            const id = pick(free);
            usedPersonas.add(id);
            // Titles differ from every persona name, so a row's persona column is unambiguous.
            const title = `${id} team ${m}`;
            const motions: FuzzMotion[] = [];
            lines.push(`persona ${id} "${title}" {`);
            const motionCount = 1 + Math.floor(random() * 4);
            for (let j = 0; j < motionCount; j++) {
                const motionId = `${id}M${j}`;
                const kpiCount = random() < 0.15 ? 0 : 1 + Math.floor(random() * 3);
                const kpis: FuzzKpi[] = [];
                lines.push(`    motion ${motionId} "Work step ${j}" {`, `        goal "Do step ${j}."`);
                for (let k = 0; k < kpiCount; k++) {
                    const free = KPI_NAMES.filter(n => !usedKpis.has(n));
                    if (free.length === 0) break;
                    const kpiId = pick(free);
                    usedKpis.add(kpiId);
                    const target = randomTarget(random, terms);
                    kpis.push({ id: kpiId, target });
                    lines.push(`        kpi ${kpiId} "${kpiId} title" {${target ? ` target ${target.text}` : ''} measured in CRM }`);
                }
                lines.push('    }');
                motions.push({ id: motionId, kpis });
                if (random() < 0.5) {
                    const competency = `${motionId}Skill`;
                    competencies.push(competency);
                    const coach = random() < 0.5 ? `${id}Coach${j}` : undefined;
                    if (coach) coaches.push(coach);
                    lines.push(`    competency ${competency} "How to do step ${j}" { supports ${motionId}${coach ? ` coached by ${coach}` : ''} }`);
                }
            }
            lines.push('}');
            personas.push({ id, title, motions });
            if (random() < 0.3) {
                const motionIds = motions.map(x => x.id);
                lines.push(`competency ${id}Top "A shared module" { supports ${motionIds.join(', ')} }`);
                competencies.push(`${id}Top`);
            }
        }
        for (const coach of coaches) lines.push(`coach ${coach} "Coach ${coach}" { role manager${competencies.length > 0 && random() < 0.5 ? ` expert in ${pick(competencies)}` : ''} }`);
        if (random() < 0.3 && competencies.length > 0) lines.push(`coach Expert${m} "An expert" { expert in ${competencies.join(', ')} }`);
        models[`m${m}.wpcm`] = `${lines.join('\n')}\n`;
    }
    return { models, personas };
}

function isoOf(day: number): string {
    return new Date(Date.UTC(2026, 1, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A random value as a CSV field: integers, fractions, negatives, zero, exponent and padded forms. */
function valueText(random: () => number, scale: number): string {
    const r = random();
    if (r < 0.05) return '0';
    if (r < 0.1) return String(-Math.round(random() * scale * 100) / 100);
    if (r < 0.13) return ` ${Math.round(random() * scale)} `;
    if (r < 0.15) return `${Math.round(random() * 9) + 1}e1`;
    if (r < 0.5) return String(Math.round(random() * scale));
    return String(Math.round(random() * scale * 1000) / 1000);
}

export function fuzzCase(seed: number): FuzzCase {
    const random = seededRandom(seed * 7919 + 17);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const { models, personas } = randomWorkspace(random);
    const kpiPersonas = new Map<string, FuzzPersona[]>();
    for (const p of personas) for (const m of p.motions) for (const k of m.kpis) kpiPersonas.set(k.id, [...(kpiPersonas.get(k.id) ?? []), p]);

    const teamCount = 1 + Math.floor(random() * 4);
    const teams = Array.from({ length: teamCount }, (_, i) => pick(['East', 'West', 'North', 'south', 'Remote 1', 'B', 'a'].map(t => `${t}${i}`)));
    const days = 10 + Math.floor(random() * 50);
    const lines = ['date,seller,team,kpi,persona,value,numerator,denominator'];
    const sellerCount = 1 + Math.floor(random() * 10);
    const scaleOf = (t: FuzzTarget | undefined) => (t?.value !== undefined ? Math.max(1, Math.abs(t.value)) * 2 : 20);
    // Integer-valued data makes ties likely (equal actuals, equal attainment).
    const integers = random() < 0.4;
    for (let s = 0; s < sellerCount; s++) {
        const seller = `s${s}`;
        let team = teams[s % teams.length]!;
        const mine = personas.filter(() => random() < 0.7);
        if (mine.length === 0) mine.push(pick(personas));
        const kpis = mine.flatMap(p => p.motions.flatMap(m => m.kpis.map(k => ({ persona: p, kpi: k })))).filter(() => random() < 0.75);
        const rows = kpis.length === 0 ? 0 : 1 + Math.floor(random() * 25);
        for (let r = 0; r < rows; r++) {
            const { persona, kpi } = pick(kpis);
            const day = Math.floor(random() * days);
            if (random() < 0.04) team = pick(teams);
            let rowTeam = team;
            // Now and then a second team on the same day: the greatest name wins the tie.
            if (random() < 0.03) rowTeam = pick(teams);
            let value = '';
            let numerator = '';
            let denominator = '';
            const scale = scaleOf(kpi.target);
            const form = random();
            const round = (x: number) => (integers ? String(Math.round(x)) : String(Math.round(x * 100) / 100));
            if (form < 0.55) value = integers ? String(Math.round(random() * scale)) : valueText(random, scale);
            else {
                const den = random() < 0.1 ? 0 : Math.floor(random() * 8) + (random() < 0.3 ? 0.5 : 0);
                denominator = String(den);
                numerator = round(random() * (den + 1) * (kpi.target?.percent ? 1 : 3));
                if (form > 0.9) value = round(random() * scale);
            }
            const shared = kpiPersonas.get(kpi.id)!.length > 1;
            const personaText = shared || random() < 0.3 ? (random() < 0.7 ? persona.id : persona.title) : '';
            const sellerText = random() < 0.05 ? ` ${seller} ` : seller;
            lines.push([isoOf(day), sellerText, rowTeam, kpi.id, personaText, value, numerator, denominator].join(','));
        }
        if (random() < 0.2) lines.push([isoOf(Math.floor(random() * days)), seller, team, 'Emails', '', '4', '', ''].join(','));
        if (random() < 0.1 && personas.length > 0) {
            // A persona column that names no persona of this KPI: an unknown KPI.
            const kpi = pick(personas.flatMap(p => p.motions.flatMap(m => m.kpis)));
            if (kpi) lines.push([isoOf(0), seller, team, kpi.id, 'Nobody', '1', '', ''].join(','));
        }
    }
    if (lines.length === 1) {
        // At least one row: a single seller, a team of one.
        const kpi = personas.flatMap(p => p.motions.flatMap(m => m.kpis.map(k => ({ p, k }))))[0];
        if (kpi) lines.push([isoOf(0), 'solo', 'Alone', kpi.k.id, kpi.p.id, '3', '', ''].join(','));
        else lines.push([isoOf(0), 'solo', 'Alone', 'Emails', '', '3', '', ''].join(','));
    }
    const windowKind = random();
    const from = windowKind < 0.5 ? null : isoOf(Math.floor(random() * days * 0.4));
    const to = windowKind < 0.25 || (windowKind > 0.5 && windowKind < 0.75) ? null : isoOf(Math.floor(days * 0.5 + random() * days * 0.6));
    const workingDays = random() < 0.6 ? undefined : pick<readonly Weekday[]>([
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ['sun', 'mon', 'tue', 'wed', 'thu'], ['mon', 'tue', 'wed', 'thu'],
        ['sat', 'sun'], ['wed'], WEEKDAYS, ['fri', 'mon', 'wed']
    ]);
    return { seed, models, personas, csv: `${lines.join('\n')}\n`, window: [from, to], workingDays };
}

// ---------------------------------------------------------------------------
// The README's definitions, computed from the generated rows.

const DAY_MS = 86_400_000;
const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** How the README forms a KPI's actual from its target. */
function formOf(t: FuzzTarget | undefined): 'rate' | 'ratio' | 'mean' {
    if (!t || t.comparison === undefined) return 'mean';
    if (t.percent || t.perTerm) return 'ratio';
    if (t.period && !t.duration) return 'rate';
    return 'mean';
}

/** Attainment, the README's formulas: at least a/t, at most t/a (0 attained), exactly min(a/t, t/a), a band 100 inside. */
export function referenceAttainment(t: FuzzTarget, a: number): number {
    const v = t.value!;
    switch (t.comparison) {
        case '>=': case '>': return v === 0 ? (a >= 0 ? 100 : 0) : a / v * 100;
        case '<=': case '<': return a === 0 ? 100 : v / a * 100;
        case '=': return a === 0 || v === 0 ? (a === v ? 100 : 0) : Math.min(a / v, v / a) * 100;
        case 'between': return v <= a && a <= t.upper! ? 100 : 0;
        default: throw new Error('no numeric target');
    }
}

function median(values: readonly number[]): number | null {
    if (values.length === 0) return null;
    const s = [...values].sort((x, y) => x - y);
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(values: readonly number[], value: number): number {
    const below = values.filter(v => v < value).length;
    const equal = values.filter(v => v === value).length;
    return (below + equal / 2) / values.length * 100;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface ReferenceKpi {
    readonly actual: number | null;
    readonly attainment: number | null;
    readonly rows: number;
    readonly team: { median: number | null; medianAttainment: number | null; percentile: number | null; sellers: number };
    readonly company: { median: number | null; medianAttainment: number | null; percentile: number | null; sellers: number };
}

export interface ReferenceSeller {
    readonly id: string;
    readonly team: string;
    readonly kpis: Record<string, ReferenceKpi>;
    readonly motions: Record<string, { attainment: number | null; team: number | null; company: number | null }>;
    readonly weakestMotion: string | null;
    readonly peers: readonly string[];
}

export interface ReferenceTeamKpi { median: number | null; medianAttainment: number | null; belowTarget: number; sellers: number; systemic: boolean }

export interface Reference {
    readonly window: { from: string | null; to: string | null; workingDays: number };
    readonly rows: { read: number; used: number; outsideWindow: number; unknownKpi: number };
    readonly personas: Record<string, { sellers: ReferenceSeller[]; teams: Record<string, Record<string, ReferenceTeamKpi>> }>;
}

interface Row { day: number; seller: string; team: string; persona: FuzzPersona; kpi: FuzzKpi; value?: number; numerator?: number; denominator?: number }

export function reference(c: FuzzCase): Reference {
    const [header, ...lines] = c.csv.trim().split('\n').map(l => l.split(','));
    const col = (name: string) => header!.indexOf(name);
    const num = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : Number(text.trim()));
    const from = c.window[0] === null ? undefined : dayOfIso(c.window[0]);
    const to = c.window[1] === null ? undefined : dayOfIso(c.window[1]);
    const counts = { read: 0, used: 0, outsideWindow: 0, unknownKpi: 0 };
    const used: Row[] = [];
    for (const line of lines) {
        counts.read++;
        const kpiName = line[col('kpi')]!.trim();
        const personaText = line[col('persona')]?.trim() ?? '';
        const owners = c.personas.filter(p => p.motions.some(m => m.kpis.some(k => k.id === kpiName)));
        const persona = personaText === '' ? (owners.length === 1 ? owners[0] : undefined)
            : owners.find(p => p.id === personaText) ?? owners.find(p => p.title === personaText);
        if (!persona) { counts.unknownKpi++; continue; }
        const day = dayOfIso(line[col('date')]!.trim());
        if ((from !== undefined && day < from) || (to !== undefined && day > to)) { counts.outsideWindow++; continue; }
        counts.used++;
        const kpi = persona.motions.flatMap(m => m.kpis).find(k => k.id === kpiName)!;
        const row: Row = { day, seller: line[col('seller')]!.trim(), team: line[col('team')]!.trim(), persona, kpi };
        const value = num(line[col('value')]); const numerator = num(line[col('numerator')]); const denominator = num(line[col('denominator')]);
        if (value !== undefined) row.value = value;
        if (numerator !== undefined) row.numerator = numerator;
        if (denominator !== undefined) row.denominator = denominator;
        used.push(row);
    }
    const first = from ?? (used.length ? Math.min(...used.map(r => r.day)) : undefined);
    const last = to ?? (used.length ? Math.max(...used.map(r => r.day)) : undefined);
    const working = new Set((c.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri']).map(d => WEEKDAYS.indexOf(d)));
    const perWeek = working.size;
    let workingDays = 0;
    if (first !== undefined && last !== undefined) for (let d = first; d <= last; d++) if (working.has(new Date(d * DAY_MS).getUTCDay())) workingDays++;
    const periodLength = (p: Period) => ({ day: 1, week: perWeek, month: perWeek * 52 / 12, quarter: perWeek * 13, year: perWeek * 52 })[p];

    // A seller's team: its latest row; on one day, the greatest team name.
    const teamOf = new Map<string, { day: number; team: string }>();
    for (const r of used) {
        const t = teamOf.get(r.seller);
        if (!t || r.day > t.day || (r.day === t.day && r.team > t.team)) teamOf.set(r.seller, { day: r.day, team: r.team });
    }

    const rowValue = (r: Row) => r.value ?? (r.numerator !== undefined && r.denominator !== undefined && r.denominator !== 0 ? r.numerator / r.denominator : undefined);
    const actualOf = (kpi: FuzzKpi, rows: readonly Row[]): number | null => {
        const values = rows.map(rowValue).filter((v): v is number => v !== undefined);
        const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
        switch (formOf(kpi.target)) {
            case 'rate': return values.length && workingDays > 0 ? values.reduce((s, v) => s + v, 0) / (workingDays / periodLength(kpi.target!.period!)) : null;
            case 'ratio': {
                const both = rows.filter(r => r.numerator !== undefined && r.denominator !== undefined);
                if (both.length === 0) return mean;
                const den = both.reduce((s, r) => s + r.denominator!, 0);
                return den === 0 ? null : both.reduce((s, r) => s + r.numerator!, 0) / den * (kpi.target!.percent ? 100 : 1);
            }
            case 'mean': return mean;
        }
    };

    const personas: Reference['personas'] = {};
    for (const persona of c.personas) {
        const kpis = persona.motions.flatMap(m => m.kpis);
        const mine = used.filter(r => r.persona === persona);
        const ids = [...new Set(mine.map(r => r.seller))].sort(byText);
        const numeric = (k: FuzzKpi) => k.target !== undefined && k.target.comparison !== undefined;
        const cell = new Map<string, { actual: number | null; attainment: number | null; rows: number }>();
        for (const s of ids) for (const k of kpis) {
            const rows = mine.filter(r => r.seller === s && r.kpi === k);
            const actual = rows.length ? actualOf(k, rows) : null;
            cell.set(`${s}/${k.id}`, { actual, attainment: actual !== null && numeric(k) ? referenceAttainment(k.target!, actual) : null, rows: rows.length });
        }
        const teamIdOf = (s: string) => teamOf.get(s)!.team;
        const groupOf = (members: readonly string[], k: FuzzKpi, self: string | undefined) => {
            const cells = members.map(s => cell.get(`${s}/${k.id}`)!).filter(x => x.actual !== null);
            const mineCell = self === undefined ? undefined : cell.get(`${self}/${k.id}`)!;
            const attainments = cells.map(x => x.attainment).filter((a): a is number => a !== null);
            let pct: number | null = null;
            if (mineCell && mineCell.actual !== null) {
                pct = numeric(k) ? percentile(attainments, mineCell.attainment!) : percentile(cells.map(x => x.actual!), mineCell.actual);
            }
            return { median: median(cells.map(x => x.actual!)), medianAttainment: median(attainments), percentile: pct, sellers: cells.length };
        };
        const motionOf = (s: string, m: FuzzMotion) => {
            const a = m.kpis.map(k => cell.get(`${s}/${k.id}`)!.attainment).filter((x): x is number => x !== null);
            return a.length ? a.reduce((x, y) => x + y, 0) / a.length : null;
        };
        const defined = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);
        const sellers = ids.map((s): ReferenceSeller => {
            const team = teamIdOf(s);
            const teammates = ids.filter(x => teamIdOf(x) === team);
            const kpiReports: Record<string, ReferenceKpi> = {};
            for (const k of kpis) {
                const c0 = cell.get(`${s}/${k.id}`)!;
                kpiReports[k.id] = { actual: c0.actual, attainment: c0.attainment, rows: c0.rows, team: groupOf(teammates, k, s), company: groupOf(ids, k, s) };
            }
            const motions: ReferenceSeller['motions'] = {};
            let weakest: string | null = null;
            let lowest = 100;
            for (const m of persona.motions) {
                const a = motionOf(s, m);
                motions[m.id] = { attainment: a, team: median(defined(teammates.map(x => motionOf(x, m)))), company: median(defined(ids.map(x => motionOf(x, m)))) };
                if (a !== null && a < lowest) { lowest = a; weakest = m.id; }
            }
            const weakMotion = persona.motions.find(m => m.id === weakest);
            const peers = weakMotion ? ids.filter(x => x !== s && (motionOf(x, weakMotion) ?? -Infinity) >= 100)
                .sort((x, y) => motionOf(y, weakMotion)! - motionOf(x, weakMotion)! || byText(x, y)).slice(0, 3) : [];
            return { id: s, team, kpis: kpiReports, motions, weakestMotion: weakest, peers };
        });
        const teams: Record<string, Record<string, ReferenceTeamKpi>> = {};
        for (const team of [...new Set(ids.map(teamIdOf))]) {
            const members = ids.filter(x => teamIdOf(x) === team);
            teams[team] = {};
            for (const k of kpis) {
                const g = groupOf(members, k, undefined);
                const withData = members.map(x => cell.get(`${x}/${k.id}`)!).filter(x => x.attainment !== null);
                const below = withData.filter(x => x.attainment! < 100).length;
                teams[team]![k.id] = { median: g.median, medianAttainment: g.medianAttainment, belowTarget: below, sellers: g.sellers, systemic: below >= 3 && below >= withData.length / 2 };
            }
        }
        personas[persona.id] = { sellers, teams };
    }
    return {
        window: { from: first === undefined ? null : isoOfDay(first), to: last === undefined ? null : isoOfDay(last), workingDays },
        rows: counts, personas
    };
}

function near(a: number | null | undefined, b: number | null | undefined): boolean {
    if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
    return a === b || Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 1e-9;
}

/** Where `wpcm coach --format json` differs from the reference: one line per difference. */
export function referenceDifferences(ref: Reference, report: any): string[] {
    const out: string[] = [];
    const check = (where: string, ok: boolean, detail: string) => { if (!ok) out.push(`${where}: ${detail}`); };
    check('window', JSON.stringify(ref.window) === JSON.stringify(report.window), `${JSON.stringify(report.window)} vs ${JSON.stringify(ref.window)}`);
    for (const key of ['read', 'used', 'outsideWindow', 'unknownKpi'] as const) check(`rows.${key}`, report.rows[key] === ref.rows[key], `${report.rows[key]} vs ${ref.rows[key]}`);
    for (const persona of report.personas) {
        const rp = ref.personas[persona.id];
        if (!rp) { out.push(`persona ${persona.id} not expected`); continue; }
        check(`${persona.id} sellers`, JSON.stringify(persona.sellers.map((s: any) => s.id)) === JSON.stringify(rp.sellers.map(s => s.id)),
            `${persona.sellers.map((s: any) => s.id)} vs ${rp.sellers.map(s => s.id)}`);
        for (const seller of persona.sellers) {
            const rs = rp.sellers.find(s => s.id === seller.id);
            if (!rs) continue;
            const at = `${persona.id}/${seller.id}`;
            check(`${at} team`, seller.team === rs.team, `${seller.team} vs ${rs.team}`);
            for (const k of seller.kpis) {
                const rk = rs.kpis[k.id]!;
                const w = `${at}/${k.id}`;
                check(`${w} rows`, k.rows === rk.rows, `${k.rows} vs ${rk.rows}`);
                check(`${w} actual`, near(k.actual, rk.actual), `${k.actual} vs ${rk.actual}`);
                check(`${w} attainment`, near(k.attainment, rk.attainment), `${k.attainment} vs ${rk.attainment}`);
                for (const g of ['team', 'company'] as const) {
                    for (const f of ['median', 'medianAttainment', 'percentile', 'sellers'] as const) {
                        check(`${w} ${g}.${f}`, near(k[g][f], rk[g][f]), `${k[g][f]} vs ${rk[g][f]}`);
                    }
                }
            }
            for (const m of seller.motions) {
                const rm = rs.motions[m.id]!;
                for (const f of ['attainment', 'team', 'company'] as const) check(`${at}/${m.id} motion.${f}`, near(m[f], rm[f]), `${m[f]} vs ${rm[f]}`);
            }
            check(`${at} weakestMotion`, seller.weakestMotion === rs.weakestMotion, `${seller.weakestMotion} vs ${rs.weakestMotion}`);
            const peers = seller.recommendations[0]?.peers ?? [];
            check(`${at} peers`, JSON.stringify(peers) === JSON.stringify(rs.peers), `${peers} vs ${rs.peers}`);
        }
        for (const team of persona.teams) {
            for (const k of team.kpis) {
                const rk = rp.teams[team.id]?.[k.id];
                if (!rk) { out.push(`${persona.id}/${team.id} not expected`); break; }
                const w = `${persona.id}/${team.id}/${k.id}`;
                for (const f of ['median', 'medianAttainment', 'belowTarget', 'sellers'] as const) check(`${w} ${f}`, near(k[f], rk[f]), `${k[f]} vs ${rk[f]}`);
                check(`${w} systemic`, k.systemic === rk.systemic, `${k.systemic} vs ${rk.systemic}`);
            }
        }
        check(`${persona.id} teams`, persona.teams.length === Object.keys(rp.teams).length, `${persona.teams.map((t: any) => t.id)} vs ${Object.keys(rp.teams)}`);
    }
    check('personas', report.personas.length === Object.keys(ref.personas).length, `${report.personas.length} vs ${Object.keys(ref.personas).length}`);
    return out;
}
