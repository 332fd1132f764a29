/**
 * The `wpcm` command line. Usage and I/O problems end with one line on stderr
 * and exit code 2; findings with exit code 1.
 */
import { parseArgs } from 'node:util';
import type { Severity } from '../../language/src/rules.js';
import type { OutputFormat } from './commands/check.js';
import { check } from './commands/check.js';
import { loadConfig } from './config.js';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';
import { loadWorkspace } from './workspace.js';

export interface Io {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd?: string;
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
                format: { type: 'string', default: 'text' },
                'max-warnings': { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
                config: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    } catch (error) {
        throw new CliError((error as Error).message.split('\n')[0]!);
    }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv);
    if (values.help) { io.stdout(USAGE); return EXIT_OK; }
    if (values.version) { io.stdout(`${VERSION}\n`); return EXIT_OK; }
    const [command, ...rest] = positionals;
    if (!command) throw new CliError('no command given; run `wpcm --help` for usage');
    if (command !== 'check') throw new CliError(`unknown command '${command}'; run \`wpcm --help\` for usage`);
    if (rest.length === 0) throw new CliError('check: name at least one .wpcm file or folder');
    const format = oneOf<OutputFormat>('format', values.format, ['text', 'json', 'sarif']);
    const failOn = oneOf<Severity>('fail-on', values['fail-on'], ['error', 'warning', 'info']);
    const maxWarnings = parseCount('max-warnings', values['max-warnings']);
    const config = loadConfig(values.config, io.cwd);
    const workspace = await loadWorkspace(rest, config);
    const code = check(workspace, { format, failOn, maxWarnings }, io.stdout);
    return code;
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
