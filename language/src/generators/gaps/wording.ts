/** Words shared by the HTML and Markdown gap reports (plain text; each renderer escapes). */
import type { GapReport } from './schema.js';

type Cause = GapReport['causes'][number];
type Intervention = GapReport['interventions'][number];

export const CELL_HEADINGS = ['information', 'resources', 'incentives', 'knowledge', 'capacity', 'motives'] as const;

export const GRID_WORDS: Readonly<Record<'addressed' | 'open' | 'none', string>> = { addressed: 'addressed', open: '**open**', none: 'no cause' };

/** "Process, information" or "Performer, not classified". */
export function causeLabel(cause: Cause): string {
    return `${cause.level}, ${cause.cell ?? 'not classified'}`;
}

/**
 * A cause's text as the reports print it. An empty description (`cause
 * process ""`, which gap-no-cause reports) would otherwise print as
 * "process, resources:  (open)"; the JSON keeps the text as written.
 */
export function causeText(cause: { text: string }): string {
    return cause.text.trim() === '' ? '(no description)' : cause.text;
}

/** `"Legal review waits a week."` in quotes, but an empty description unquoted: `(no description)`. */
export function quotedCause(cause: { text: string }): string {
    return cause.text.trim() === '' ? causeText(cause) : `"${cause.text}"`;
}

/** "Training (performer)". */
export function interventionLabel(intervention: Intervention): string {
    const levels = intervention.levels.length > 0 ? ` (${intervention.levels.join(', ')})` : '';
    return `${intervention.kind.charAt(0).toUpperCase()}${intervention.kind.slice(1)}${levels}`;
}

export function intro(report: GapReport): string {
    const open = report.causes.filter(c => !c.addressed).length;
    const misfits = report.interventions.filter(i => i.misfit).length;
    return `${report.causes.length} cause${report.causes.length === 1 ? '' : 's'} (${open} open), `
        + `${report.interventions.length} intervention${report.interventions.length === 1 ? '' : 's'} (${misfits} misfit${misfits === 1 ? '' : 's'}).`;
}

/** The causes an intervention addresses, split into those it fits and those it does not: "text (level, cell)". */
export function fitLists(report: GapReport, intervention: Intervention): { fits: string[]; misses: string[] } {
    const label = (n: number) => `${causeText(report.causes[n]!)} (${causeLabel(report.causes[n]!)})`;
    return {
        fits: intervention.fits.map(label),
        misses: intervention.addresses.filter(n => !intervention.fits.includes(n)).map(label)
    };
}

export const GRID_LEGEND = 'addressed: an intervention fits every cause in the cell; open: a cause there that nothing fits; no cause: none stated.';

/** "Not in the grid (no cell stated): 2 organization-level, 1 process-level causes.", or undefined. */
export function unclassifiedNote(report: GapReport): string | undefined {
    const counts = report.grid.map(row => [row.level, report.causes.filter(c => c.level === row.level && c.cell === null).length] as const).filter(([, n]) => n > 0);
    if (counts.length === 0) return undefined;
    const total = counts.reduce((sum, [, n]) => sum + n, 0);
    return `Not in the grid (no cell stated): ${counts.map(([level, n]) => `${n} ${level}-level`).join(', ')} cause${total === 1 ? '' : 's'}.`;
}
