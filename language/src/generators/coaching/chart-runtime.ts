/**
 * Vega and Vega-Lite, the chart renderer of the HTML coaching report: about
 * 2 MB of the CLI's 5 MB. chart.ts imports this module only when it draws a
 * chart, and the CLI bundle keeps it in a file of its own
 * (out/chart-runtime.cjs, scripts/bundle.mjs), so commands that draw none
 * (check, generate, coach --format json) do not load it at start.
 */
export * as vega from 'vega';
export * as vegaLite from 'vega-lite';
