/**
 * Requests the WPCM server answers beyond LSP, for the VS Code extension's
 * commands and preview. Shared by server and client; types only, plus the
 * method names.
 */
import type { Dashboard, DashboardFormat, GeneratedFile } from './generators/index.js';
import type { GenerateTarget } from './generators/targets.js';

export interface GenerateParams {
    /** A .wpcm file of the model to generate from (its model's files all take part). */
    uri: string;
    target: GenerateTarget;
    format?: DashboardFormat;
}

export type GenerateResult =
    | { kind: 'files'; files: GeneratedFile[] }
    | { kind: 'refused'; message: string; errorCount: number };

export const GenerateRequest = 'wpcm/generate';

export interface PreviewParams {
    uri: string;
    /** The cursor offset, to pick the persona it is in. */
    offset?: number;
    /**
     * An actuals CSV (absolute path) to show beside the targets; read by the
     * Node server only (a Web Worker has no files).
     */
    actuals?: string;
    /** The `coaching.sources` mapping the actuals are read through; the canonical layout when absent. */
    actualsSource?: string;
}

export interface GapView {
    id: string;
    title: string;
    /** Cause levels, in organization, process, performer order. */
    levels: string[];
    interventions: Array<{ kind: string; title: string; addresses: string[] }>;
    /** Organization- or process-level causes met by training only. */
    trainingOnly: boolean;
    /** Levels with a cause that no intervention addresses. */
    uncovered: string[];
}

export interface MotionExtras {
    /** Titles of the competencies that support the motion. */
    competencies: string[];
    /** Ids of the gaps that affect the motion (or its whole persona). */
    gaps: string[];
}

/** One KPI across the persona's sellers, as `wpcm coach` computes it. */
export interface KpiActualsView {
    /** Sellers with data for the KPI. */
    sellers: number;
    /** Median of their actuals, and of their attainment (percent; null without a numeric target). */
    median: number | null;
    /** The median with the KPI's unit, as the coaching report writes it ("48.2 touches per day", "no data"). */
    medianText: string;
    medianAttainment: number | null;
    status: 'red' | 'amber' | 'green' | null;
    /** Sellers below 100 % of target. */
    belowTarget: number;
    /** Teams where the miss is systemic (coaching individuals is unlikely to fix it). */
    systemicTeams: string[];
}

/** What the preview shows of the configured actuals, or why it cannot. */
export type PreviewActuals =
    | {
        kind: 'actuals'; file: string; from: string | null; to: string | null; rowsUsed: number; sellers: number;
        kpis: Record<string, KpiActualsView>;
        /** Median motion attainment of the persona's sellers (null without data or numeric targets). */
        motions: Record<string, number | null>;
    }
    | { kind: 'error'; file: string; message: string };

export type PreviewResult =
    | { kind: 'dashboard'; dashboard: Dashboard; motions: Record<string, MotionExtras>; gaps: GapView[]; personas: Array<{ id: string; title: string }>; actuals?: PreviewActuals }
    | { kind: 'refused'; message: string; errorCount: number }
    | { kind: 'empty'; message: string };

export const PreviewRequest = 'wpcm/preview';

/** "WPCM: Open Coaching Report": the model of `uri` against the actuals CSV at `actuals` (an absolute path). */
export interface CoachingReportParams {
    uri: string;
    actuals: string;
    /** The `coaching.sources` mapping the actuals are read through; the canonical layout when absent. */
    actualsSource?: string;
}

export type CoachingReportResult =
    | { kind: 'report'; html: string; sellers: number }
    | { kind: 'error'; message: string };

export const CoachingReportRequest = 'wpcm/coachingReport';

/**
 * The coaching report (HTML pages) of the model of `uri` for actuals given as
 * CSV text in the canonical layout: for clients without a file system (the
 * browser playground); computed where the model is, nothing leaves the page.
 */
export interface CoachingFromCsvParams {
    uri: string;
    csv: string;
    /** The file's name as the user knows it (the picked file's), for messages as `wpcm coach` gives them; default actuals.csv. */
    name?: string;
}

export type CoachingFromCsvResult =
    | { kind: 'files'; files: GeneratedFile[]; sellers: number }
    | { kind: 'error'; message: string };

export const CoachingFromCsvRequest = 'wpcm/coachingFromCsv';
