/** `wpcm generate sql <models> --dialect postgres|duckdb [--out DIR | --stdout]`: the coaching numbers as a warehouse script. */
import type { SqlDialect } from '@wpcm/language';
import { generateSql, SQL_DIALECTS } from '@wpcm/language';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { CliError, EXIT_OK } from '../errors.js';
import { displayPath } from '../findings.js';
import { writeFiles } from '../output/write-files.js';
import { loadWorkspace } from '../workspace.js';
import { inputOf, refuseIfErrors } from './generate.js';

export const DEFAULT_SQL_OUT = 'generated/sql';

export interface SqlValues {
    readonly dialect?: string | undefined;
    readonly out?: string | undefined;
    readonly stdout?: boolean | undefined;
    readonly config?: string | undefined;
}

export async function runGenerateSql(paths: readonly string[], values: SqlValues, io: { stdout: (t: string) => void; stderr: (t: string) => void; cwd?: string }): Promise<number> {
    if (paths.length === 0) throw new CliError('generate sql: name at least one .wpcm file or folder');
    if (values.dialect === undefined) throw new CliError(`generate sql: say which SQL: --dialect ${SQL_DIALECTS.join('|')}`);
    if (!(SQL_DIALECTS as readonly string[]).includes(values.dialect)) {
        throw new CliError(`--dialect must be one of ${SQL_DIALECTS.join(', ')} (got '${values.dialect}'); only dialects tested against a real engine are offered`);
    }
    if (values.stdout && values.out !== undefined) throw new CliError('generate sql: --stdout prints instead of writing, so it does not take --out');
    if (values.out === '') throw new CliError('generate sql: --out needs a folder');
    const cwd = io.cwd ?? process.cwd();
    const config = loadConfig(values.config, io.cwd);
    const workspace = await loadWorkspace(paths, config, cwd);
    const refused = refuseIfErrors(workspace, io);
    if (refused !== undefined) return refused;
    const file = generateSql(inputOf(workspace), values.dialect as SqlDialect, config?.coaching?.workingDays);
    if (values.stdout) {
        io.stdout(file.content);
        return EXIT_OK;
    }
    const out = resolve(cwd, values.out ?? DEFAULT_SQL_OUT);
    const show = (path: string) => displayPath(path, cwd);
    const [written] = writeFiles(out, [file], { show });
    io.stdout(`wrote ${show(written!)}\n`);
    return EXIT_OK;
}
