export const USAGE = `Usage: wpcm <command> [options] <files or folders...>

Commands:
  check                 Lint models and report findings
  generate dashboard    Write a dashboard configuration per persona
  generate modules      Write a learning-module outline per competency

Options for check:
  --format <text|json|sarif>   Output format (default: text)
  --max-warnings <n>           Fail when there are more than n warnings
  --fail-on <error|warning|info>
                               Fail on findings at or above this severity (default: error)

Common options:
  --config <file>              Use this wpcm.config.json (default: nearest one above the current folder)
  -h, --help                   Show this help
  -v, --version                Show the version

Exit codes: 0 clean, 1 findings that fail the check (or a model with errors), 2 usage or I/O error.
`;
