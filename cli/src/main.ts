/**
 * The `wpcm` command line. Usage and I/O problems end with one line on stderr
 * and exit code 2; findings with exit code 1.
 */
import { parseArgs } from 'node:util';
import type { DashboardFormat, GapReportFormat, Severity } from '@wpcm/language';
import { DASHBOARD_FORMATS, GAP_REPORT_FORMATS, GENERATE_TARGET_NAMES, GENERATE_TARGETS, GRAFANA_DATASOURCES, isGenerateTarget } from '@wpcm/language';
import type { OutputFormat } from './commands/check.js';
import { check } from './commands/check.js';
import { runCoach } from './commands/coach.js';
import { runGenerateSql } from './commands/generate-sql.js';
import { generate } from './commands/generate.js';
import { loadConfig } from './config.js';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { usageOf } from './usage.js';
import { VERSION } from './version.js';
import { loadWorkspace } from './workspace.js';

export interface Io {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd?: string;
    /** Progress lines (stderr on a terminal only). */
    progress?: (text: string) => void;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new CliError(`--${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function parseCount(option: string, value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new CliError(`--${option} must be a whole number (got '${value}')`);
    return Number(value);
}

function parse(argv: readonly string[]) {
    try {
        return parseArgs({
            args: [...argv],
            allowPositionals: true,
            options: {
                // No defaults here: --format means different things to check and generate.
                format: { type: 'string' },
                'max-warnings': { type: 'string' },
                'fail-on': { type: 'string' },
                out: { type: 'string' },
                stdout: { type: 'boolean' },
                config: { type: 'string' },
                // coach and generate sql
                actuals: { type: 'string' },
                from: { type: 'string' },
                to: { type: 'string' },
                'skip-invalid': { type: 'boolean' },
                source: { type: 'string' },
                dialect: { type: 'string' },
                datasource: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    } catch (error) {
        throw new CliError((error as Error).message.split('\n')[0]!);
    }
}

type Values = ReturnType<typeof parse>['values'];

/** Options that belong to one command only are refused elsewhere rather than silently ignored. */
function refuseOptions(command: string, values: Values, names: ReadonlyArray<keyof Values>): void {
    const given = names.find(name => values[name] !== undefined);
    if (given) throw new CliError(`${command}: --${given} is not an option of this command; run \`wpcm --help\` for usage`);
}

async function runCheck(rest: readonly string[], values: Values, io: Io): Promise<number> {
    if (rest.length === 0) throw new CliError('check: name at least one .wpcm file or folder');
    refuseOptions('check', values, ['out', 'stdout']);
    const format = oneOf<OutputFormat>('format', values.format ?? 'text', ['text', 'json', 'sarif']);
    const failOn = oneOf<Severity>('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'info']);
    const maxWarnings = parseCount('max-warnings', values['max-warnings']);
    const config = loadConfig(values.config, io.cwd);
    const cwd = io.cwd ?? process.cwd();
    const workspace = await loadWorkspace(rest, config, cwd);
    return check(workspace, { format, failOn, maxWarnings, cwd }, io.stdout, io.stderr);
}

async function runGenerate(rest: readonly string[], values: Values, io: Io): Promise<number> {
    const [what, ...paths] = rest;
    if (what === 'sql') return runGenerateSql(paths, values, io);
    const names = `${GENERATE_TARGET_NAMES.join(', ')} or sql`;
    if (what === undefined || !isGenerateTarget(what)) {
        throw new CliError(what ? `generate: unknown generator '${what}' (use ${names})` : `generate: say what to generate: ${names}`);
    }
    const target = what;
    const command = `generate ${target}`;
    if (paths.length === 0) throw new CliError(`${command}: name at least one .wpcm file or folder`);
    refuseOptions(command, values, target === 'dashboard' ? ['max-warnings', 'fail-on'] : target === 'gaps' ? ['max-warnings', 'fail-on', 'stdout'] : ['max-warnings', 'fail-on', 'format', 'stdout']);
    const format = oneOf<DashboardFormat>('format', target === 'dashboard' ? values.format ?? 'wpcm' : 'wpcm', DASHBOARD_FORMATS);
    const gapFormat = target === 'gaps' ? oneOf<GapReportFormat>('format', values.format ?? 'html', GAP_REPORT_FORMATS) : undefined;
    const datasource = values.datasource === undefined ? undefined : oneOf('datasource', values.datasource, GRAFANA_DATASOURCES);
    if (datasource && format !== 'grafana') throw new CliError(`${command}: --datasource is for --format grafana`);
    if (values.stdout && values.out !== undefined) throw new CliError(`${command}: --stdout prints instead of writing, so it does not take --out`);
    if (values.out === '') throw new CliError(`${command}: --out needs a folder`);
    const cwd = io.cwd ?? process.cwd();
    const config = loadConfig(values.config, io.cwd);
    const workspace = await loadWorkspace(paths, config, cwd);
    return generate(workspace, {
        target, out: values.out ?? GENERATE_TARGETS[target].defaultOut, format,
        ...(gapFormat ? { gapFormat } : {}), ...(datasource ? { datasource } : {}), stdout: values.stdout ?? false, cwd
    }, io);
}

/** `wpcm help [command]` and `wpcm [command] --help`: the command's help, or the overview. */
function help(command: string | undefined, io: Io): number {
    const text = usageOf(command);
    if (text === undefined) throw new CliError(`help: unknown command '${command}'; run \`wpcm help\` for the list of commands`);
    io.stdout(text);
    return EXIT_OK;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (command === 'help') return help(rest[0], io);
    if (values.help) return help(command, io);
    if (values.version) { io.stdout(`${VERSION}\n`); return EXIT_OK; }
    if (!command) throw new CliError('no command given; run `wpcm --help` for usage');
    if (command === 'check') return runCheck(rest, values, io);
    if (command === 'generate') return runGenerate(rest, values, io);
    if (command === 'coach') return runCoach(rest, values, io);
    throw new CliError(`unknown command '${command}'; run \`wpcm --help\` for usage`);
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
    try {
        return await run(argv, io);
    } catch (error) {
        const message = error instanceof CliError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
        io.stderr(`wpcm: ${message}\n`);
        return EXIT_USAGE;
    }
}
