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

export type PreviewResult =
    | { kind: 'dashboard'; dashboard: Dashboard; motions: Record<string, MotionExtras>; gaps: GapView[]; personas: Array<{ id: string; title: string }> }
    | { kind: 'refused'; message: string; errorCount: number }
    | { kind: 'empty'; message: string };

export const PreviewRequest = 'wpcm/preview';

/** "WPCM: Open Coaching Report": the model of `uri` against the actuals CSV at `actuals` (an absolute path). */
export interface CoachingReportParams {
    uri: string;
    actuals: string;
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
}

export type CoachingFromCsvResult =
    | { kind: 'files'; files: GeneratedFile[]; sellers: number }
    | { kind: 'error'; message: string };

export const CoachingFromCsvRequest = 'wpcm/coachingFromCsv';
