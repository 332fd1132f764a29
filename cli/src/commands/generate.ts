/**
 * `wpcm generate dashboard|modules`: refuse a model with errors (list them,
 * write nothing, exit 1), otherwise let the pure generators build the files
 * and write them atomically into the output folder (or print dashboards).
 */
import { resolve } from 'node:path';
import type { DashboardFormat, GeneratedFile, GeneratorInput, GrafanaDatasourceKind } from '../../../language/src/generators/index.js';
import { dashboardsAsJson, generateDashboards, generateModules } from '../../../language/src/generators/index.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { displayPath } from '../findings.js';
import { formatText } from '../formatters/text.js';
import { writeFiles } from '../output/write-files.js';
import type { LoadedWorkspace } from '../workspace.js';
import { collectFindings } from './check.js';

export type GenerateTarget = 'dashboard' | 'modules';

export const DEFAULT_OUT: Record<GenerateTarget, string> = {
    dashboard: 'generated/dashboards',
    modules: 'generated/modules'
};

export interface GenerateOptions {
    target: GenerateTarget;
    /** Output folder, relative to `cwd`. */
    out: string;
    format: DashboardFormat;
    /** Grafana only: real queries against the warehouse functions of `wpcm generate sql`. */
    datasource?: GrafanaDatasourceKind;
    /** Print (dashboards only) instead of writing files. */
    stdout: boolean;
    cwd: string;
}

export interface GenerateIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

export function inputOf(workspace: LoadedWorkspace): GeneratorInput {
    return { documents: workspace.files.map(f => f.document), attainment: workspace.services.wpcm.Settings.attainment };
}

/** Prints the errors like `wpcm check` does (on stderr: stdout may be a pipe for --stdout). */
export function refuse(workspace: LoadedWorkspace, io: GenerateIo): number | undefined {
    const errors = collectFindings(workspace).filter(f => f.severity === 'error');
    if (errors.length === 0) return undefined;
    io.stderr(formatText(errors, workspace.files.length));
    io.stderr('Nothing was written: fix the errors above, then generate again.\n');
    return EXIT_FINDINGS;
}

export function generate(workspace: LoadedWorkspace, options: GenerateOptions, io: GenerateIo): number {
    const refused = refuse(workspace, io);
    if (refused !== undefined) return refused;
    const input = inputOf(workspace);
    if (options.stdout) {
        io.stdout(dashboardsAsJson(input, options.format, options.datasource));
        return EXIT_OK;
    }
    const files: GeneratedFile[] = options.target === 'dashboard' ? generateDashboards(input, options.format, options.datasource) : generateModules(input);
    const out = resolve(options.cwd, options.out);
    const show = (path: string) => displayPath(path, options.cwd);
    if (files.length === 0) {
        io.stdout(`Nothing to generate: the model has no ${options.target === 'dashboard' ? 'personas' : 'personas or competencies'}.\n`);
        return EXIT_OK;
    }
    const written = writeFiles(out, files, { show });
    io.stdout(written.map(path => `wrote ${show(path)}\n`).join('') + `${written.length} file${written.length === 1 ? '' : 's'} written to ${show(out)}.\n`);
    return EXIT_OK;
}
