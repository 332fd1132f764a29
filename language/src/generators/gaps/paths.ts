/**
 * Where each gap's report goes in the output folder: `<gap>.html|md|json`
 * beside the index (`index.html`, `README.md`, `index.json`). Slugs come
 * from the gap's name (unique per model) and are allocated in the order the
 * gaps are given, so two models' gaps of the same name get distinct files.
 * Other generators (the coaching report) link here through gapReportPath.
 */
import type { Gap } from '../../generated/ast.js';
import { SlugAllocator, slugFor } from '../slug.js';

export type GapReportFormat = 'html' | 'md' | 'json';
export const GAP_REPORT_FORMATS: readonly GapReportFormat[] = ['html', 'md', 'json'];

export const GAP_INDEX_FILE: Readonly<Record<GapReportFormat, string>> = { html: 'index.html', md: 'README.md', json: 'index.json' };

/** Relative paths of the reports of these gaps (in the order the generator reports them). */
export function gapReportPaths(gaps: readonly Gap[], format: GapReportFormat = 'html'): Map<Gap, string> {
    const slugs = new SlugAllocator(['index', 'readme']);
    return new Map(gaps.map(gap => [gap, `${slugs.allocate(slugFor(undefined, gap.name, 'gap'))}.${format}`]));
}

/**
 * The relative path of one gap's report in the output folder of
 * `wpcm generate gaps`. Pass all gaps of the workspace (in model-view order,
 * `modelView(input).gaps`) when more than one model may share a name.
 */
export function gapReportPath(gap: Gap, format: GapReportFormat = 'html', gaps: readonly Gap[] = [gap]): string {
    return gapReportPaths(gaps.includes(gap) ? gaps : [...gaps, gap], format).get(gap)!;
}
