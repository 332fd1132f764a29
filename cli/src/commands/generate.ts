/**
 * `wpcm generate dashboard|modules`: refuse a model with errors (list them,
 * write nothing, exit 1), otherwise let the pure generators build the files
 * and write them atomically into the output folder (or print dashboards).
 */
import { resolve } from 'node:path';
import type { DashboardFormat, GeneratedFile, GenerateTarget, GeneratorInput } from '@wpcm/language';
import { dashboardsAsJson, GENERATE_TARGETS, generateTarget, ModelHasErrors } from '@wpcm/language';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { displayPath } from '../findings.js';
import { formatText } from '../formatters/text.js';
import { writeFiles } from '../output/write-files.js';
import type { LoadedWorkspace } from '../workspace.js';
import { collectFindings } from './check.js';

export interface GenerateOptions {
    target: GenerateTarget;
    /** Output folder, relative to `cwd`. */
    out: string;
    format: DashboardFormat;
    /** Print (dashboards only) instead of writing files. */
    stdout: boolean;
    cwd: string;
}

export interface GenerateIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

function inputOf(workspace: LoadedWorkspace): GeneratorInput {
    return { documents: workspace.files.map(f => f.document), attainment: workspace.services.wpcm.Settings.attainment };
}

/**
 * The generators refuse a model with errors (ModelHasErrors); the CLI then
 * lists them like `wpcm check` does, on stderr (stdout may be a pipe for --stdout).
 */
function refuse(workspace: LoadedWorkspace, io: GenerateIo): number {
    const errors = collectFindings(workspace).filter(f => f.severity === 'error');
    io.stderr(formatText(errors, workspace.files.length));
    io.stderr('Nothing was written: fix the errors above, then generate again.\n');
    return EXIT_FINDINGS;
}

export function generate(workspace: LoadedWorkspace, options: GenerateOptions, io: GenerateIo): number {
    try {
        return generateFiles(workspace, options, io);
    } catch (error) {
        if (error instanceof ModelHasErrors) return refuse(workspace, io);
        throw error;
    }
}

function generateFiles(workspace: LoadedWorkspace, options: GenerateOptions, io: GenerateIo): number {
    const input = inputOf(workspace);
    if (options.stdout) {
        io.stdout(dashboardsAsJson(input, options.format));
        return EXIT_OK;
    }
    const files: GeneratedFile[] = generateTarget(options.target, input, { format: options.format });
    const out = resolve(options.cwd, options.out);
    const show = (path: string) => displayPath(path, options.cwd);
    if (files.length === 0) {
        io.stdout(`Nothing to generate: the model has no ${GENERATE_TARGETS[options.target].needs}.\n`);
        return EXIT_OK;
    }
    const written = writeFiles(out, files, { show });
    io.stdout(written.map(path => `wrote ${show(path)}\n`).join('') + `${written.length} file${written.length === 1 ? '' : 's'} written to ${show(out)}.\n`);
    return EXIT_OK;
}
