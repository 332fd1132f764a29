/**
 * Help texts: `wpcm --help` and `wpcm help` print the overview,
 * `wpcm help <command>` and `wpcm <command> --help` that command's help.
 */

const COMMON = `Common options:
  --config <file>              Use this wpcm.config.json (default: nearest one above the current folder)
  -h, --help                   Show help (after a command: that command's help)
  -v, --version                Show the version`;

const EXIT_CODES = 'Exit codes: 0 clean, 1 findings that fail the check (or a model with errors), 2 usage or I/O error.';

export const USAGE = `Usage: wpcm <command> [options] <files or folders...>

Commands:
  check                 Lint models and report findings
  generate dashboard    Write a dashboard configuration per persona
  generate modules      Write a learning-module outline per competency
  generate gaps         Write an HPT cause-analysis report per gap
  generate sql          Write the coaching numbers as SQL for a warehouse
  coach                 Coaching report from KPI actuals (CSV)
  help [command]        Show this help, or the help of a command

${COMMON}

Run \`wpcm help check\`, \`wpcm help generate\` or \`wpcm help coach\` for a command's options.
${EXIT_CODES}
`;

export const CHECK_USAGE = `Usage: wpcm check [options] <files or folders...>

Lint .wpcm files (folders are searched recursively) as one workspace and
report findings as file:line:col severity code message. Columns count UTF-16
code units from 1, as editors and the language server do (a character outside
the Basic Multilingual Plane counts 2); JSON and SARIF columns are the same.

Options:
  --format <text|json|sarif>   Output format (default: text)
  --max-warnings <n>           Fail when there are more than n warnings
  --fail-on <error|warning|info>
                               Fail on findings at or above this severity (default: error)

${COMMON}

${EXIT_CODES}
`;

export const GENERATE_USAGE = `Usage: wpcm generate dashboard [options] <files or folders...>
       wpcm generate modules [options] <files or folders...>
       wpcm generate gaps [options] <files or folders...>
       wpcm generate sql --dialect <postgres|duckdb> [options] <files or folders...>

Options for generate dashboard:
  --out <folder>               Write here (default: generated/dashboards):
                                 wpcm:    <persona>.dashboard.json and dashboard.schema.json
                                 grafana: <persona>.grafana.json (Dashboards > Import)
  --format <wpcm|grafana>      Dashboard format (default: wpcm)
  --datasource <postgres>      Grafana only: real queries against the functions of \`wpcm generate sql\`
  --stdout                     Print all dashboards as one JSON array instead of writing files
                               (without $schema: no schema file is written beside them)

Options for generate modules:
  --out <folder>               Write here (default: generated/modules):
                                 <persona>/README.md index and <persona>/<competency>.md outlines;
                                 shared/ for modules of several personas or none

Options for generate gaps:
  --out <folder>               Write here (default: generated/gaps):
                                 <gap>.html and index.html (md: <gap>.md and README.md;
                                 json: <gap>.json, index.json and gaps.schema.json)
  --format <html|md|json>      Report format (default: html)

Options for generate sql:
  --dialect <postgres|duckdb>  SQL dialect (required): PostgreSQL functions or DuckDB table macros
  --out <folder>               Write wpcm.<dialect>.sql here (default: generated/sql)
  --stdout                     Print the script instead

  Generators refuse a model with errors (listed on stderr, nothing written, exit 1);
  warnings do not block. Files are replaced atomically; other files in the folder are kept.

${COMMON}

${EXIT_CODES}
`;

// `coach` is a command of its own (listed so in USAGE), so `wpcm help coach` and
// `wpcm coach --help` print its options rather than "unknown command".
export const COACH_USAGE = `Usage: wpcm coach --actuals <file> [options] <files or folders...>

Options:
  --actuals <file>             KPI actuals, CSV: date,seller,team,kpi,value (or numerator,denominator)[,persona]
  --from <YYYY-MM-DD>          First day of the window (default: the data's first day)
  --to <YYYY-MM-DD>            Last day of the window, included (default: the data's last day)
  --format <html|md|json>      Report format (default: html)
  --out <folder>               Write here (default: generated/coaching)
  --stdout                     Print the JSON report (with --format json)
  --skip-invalid               Skip and count bad rows instead of stopping at the first one
  --source <name>              Read a CRM export through coaching.sources.<name> of the config

  Like the generators it refuses a model with errors (listed on stderr, nothing written, exit 1);
  warnings do not block. Files are replaced atomically; other files in the folder are kept.

${COMMON}

${EXIT_CODES}
`;

const COMMAND_USAGE: Readonly<Record<string, string>> = { check: CHECK_USAGE, generate: GENERATE_USAGE, coach: COACH_USAGE };

/** The help of a command, or undefined for a command without one. */
export function usageOf(command: string | undefined): string | undefined {
    return command === undefined ? USAGE : COMMAND_USAGE[command];
}
