/**
 * Intervention kinds: THE table of what each kind works on. For every kind
 * it says the cause level it addresses when the model does not say
 * `addresses`, the Gilbert cells it fits (see model/gaps.ts), and whether it
 * is training. Validators, quick fixes, hovers, completion, the module index,
 * the preview and the gap report all read kinds through this module.
 *
 * The cells follow Gilbert's Behavior Engineering Model as practitioners use
 * it (Chevalier's update): information is expectations, feedback and guides
 * (so feedback, dashboards, reporting and job aids); resources are tools,
 * time, materials and processes (tooling, structure); incentives are pay,
 * recognition and consequences; knowledge is what training builds; capacity
 * and motives are matched by whom you select and how the job is designed.
 *
 * A kind not in the table (or one listed without cells, such as
 * `leadership`) keeps working: it fits any cause at the levels it addresses.
 */
import type { Cell, Intervention, Level } from '../generated/ast.js';

export interface KindEntry {
    /** The words that name this kind in `intervention <kind>`, the first one preferred. */
    readonly kinds: readonly string[];
    /** The level it addresses when the intervention has no `addresses`. */
    readonly level: Level;
    /** The cells it fits; undefined: a broad kind that fits any cell of the levels it addresses. */
    readonly cells?: readonly Cell[];
    /** Training (and coaching) changes what performers know: it works at the performer level only. */
    readonly training?: true;
    /** Why it fits those cells, shown in hover and completion. */
    readonly why: string;
}

export const KIND_TABLE: readonly KindEntry[] = [
    { kinds: ['training', 'elearning', 'e-learning', 'course', 'workshop', 'microlearning', 'practice'], level: 'performer', cells: ['knowledge'], training: true,
        why: 'builds knowledge and skill; it cannot change information, resources or incentives' },
    { kinds: ['coaching'], level: 'performer', cells: ['knowledge', 'information'], training: true,
        why: 'builds skill and gives individual feedback' },
    { kinds: ['feedback', 'dashboards', 'dashboard', 'expectations', 'job-aid', 'reporting', 'information'], level: 'process', cells: ['information'],
        why: 'tells people what is expected and how they are doing' },
    { kinds: ['tooling', 'tools', 'automation', 'crm', 'resources'], level: 'process', cells: ['resources'],
        why: 'gives people the tools, data and time to perform' },
    { kinds: ['process', 'workflow'], level: 'process', cells: ['information', 'resources'],
        why: 'redesigns how work flows: clear steps and hand-offs, the time and inputs to do them' },
    { kinds: ['compensation', 'incentives', 'incentive', 'recognition', 'rewards', 'consequences'], level: 'organization', cells: ['incentives'],
        why: 'changes what people gain or lose by performing' },
    { kinds: ['structure'], level: 'organization', cells: ['resources', 'information'],
        why: 'changes who owns which customers and work, and so who has the access and the mandate' },
    { kinds: ['policy'], level: 'organization', cells: ['information', 'incentives'],
        why: 'states expectations and the consequences attached to them' },
    { kinds: ['selection', 'hiring', 'recruiting', 'job-design'], level: 'performer', cells: ['capacity', 'motives'],
        why: 'matches people and jobs: who can do the work and wants to' },
    { kinds: ['knowledge'], level: 'performer', cells: ['knowledge'], training: true, why: 'builds knowledge and skill' },
    { kinds: ['capacity'], level: 'performer', cells: ['capacity'], why: 'matches the job to what people can do' },
    { kinds: ['motives'], level: 'performer', cells: ['motives'], why: 'matches the job to what people want' },
    { kinds: ['organization', 'leadership', 'culture', 'strategy'], level: 'organization',
        why: 'a broad organization-level change; it fits any organization-level cause' },
    { kinds: ['performer'], level: 'performer', why: 'a broad performer-level change; it fits any performer-level cause' }
];

const BY_KIND = new Map<string, KindEntry>(KIND_TABLE.flatMap(entry => entry.kinds.map(kind => [kind, entry] as const)));

/** The table entry of a kind (case-insensitive), or undefined for a kind the table does not know. */
export function kindEntry(kind: string | undefined): KindEntry | undefined {
    return BY_KIND.get(kind?.toLowerCase() ?? '');
}

export function isTraining(intervention: Intervention): boolean {
    return kindEntry(intervention.kind)?.training === true;
}

/** The levels the intervention says it addresses (`addresses`, else its kind's level). */
export function statedLevels(intervention: Intervention): Level[] {
    if (intervention.addresses.length > 0) return [...new Set(intervention.addresses)];
    const entry = kindEntry(intervention.kind);
    return entry ? [entry.level] : [];
}

/**
 * The levels the intervention can actually change. The one decision about
 * training: it covers the performer level only, whatever its `addresses`
 * says, because what it changes is what a performer knows ("training, by
 * itself, has no chance of improving" an organization- or process-level cause).
 */
export function effectiveLevels(intervention: Intervention): Level[] {
    const stated = statedLevels(intervention);
    return isTraining(intervention) ? stated.filter(level => level === 'performer') : stated;
}

/** The cells the kind fits, or undefined when it fits any cell (unknown or broad kinds). */
export function cellsOf(intervention: Intervention): readonly Cell[] | undefined {
    return kindEntry(intervention.kind)?.cells;
}

/** Kinds that fit a cell, the preferred word of each table row, in table order. */
export function kindsFitting(cell: Cell): string[] {
    return KIND_TABLE.filter(entry => entry.cells?.includes(cell) && entry.kinds[0] !== cell).map(entry => entry.kinds[0]!);
}

/** Every kind word of the table, for completion. */
export const KNOWN_KINDS: readonly string[] = KIND_TABLE.flatMap(entry => entry.kinds);
