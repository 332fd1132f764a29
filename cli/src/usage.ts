export const USAGE = `Usage: wpcm <command> [options] <files or folders...>

Commands:
  check                 Lint models and report findings
  generate dashboard    Write a dashboard configuration per persona
  generate modules      Write a learning-module outline per competency
  generate gaps         Write an HPT cause-analysis report per gap
  generate sql          Write the coaching numbers as SQL for a warehouse
  coach                 Coaching report from KPI actuals (CSV)

Options for check:
  --format <text|json|sarif>   Output format (default: text)
  --max-warnings <n>           Fail when there are more than n warnings
  --fail-on <error|warning|info>
                               Fail on findings at or above this severity (default: error)

Options for generate dashboard:
  --out <folder>               Write here (default: generated/dashboards):
                                 wpcm:    <persona>.dashboard.json and dashboard.schema.json
                                 grafana: <persona>.grafana.json (Dashboards > Import)
  --format <wpcm|grafana>      Dashboard format (default: wpcm)
  --datasource <postgres>      Grafana only: real queries against the functions of \`wpcm generate sql\`
  --stdout                     Print all dashboards as one JSON array instead of writing files

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
  --dialect <postgres>         SQL dialect (required)
  --out <folder>               Write wpcm.<dialect>.sql here (default: generated/sql)
  --stdout                     Print the script instead

Options for coach:
  --actuals <file>             KPI actuals, CSV: date,seller,team,kpi,value (or numerator,denominator)[,persona]
  --from <YYYY-MM-DD>          First day of the window (default: the data's first day)
  --to <YYYY-MM-DD>            Last day of the window, included (default: the data's last day)
  --format <html|md|json>      Report format (default: html)
  --out <folder>               Write here (default: generated/coaching)
  --stdout                     Print the JSON report (with --format json)
  --skip-invalid               Skip and count bad rows instead of stopping at the first one
  --source <name>              Read a CRM export through coaching.sources.<name> of the config

  Generators refuse a model with errors (listed on stderr, nothing written, exit 1);
  warnings do not block. Files are replaced atomically; other files in the folder are kept.

Common options:
  --config <file>              Use this wpcm.config.json (default: nearest one above the current folder)
  -h, --help                   Show this help
  -v, --version                Show the version

Exit codes: 0 clean, 1 findings that fail the check (or a model with errors), 2 usage or I/O error.
`;
