/**
 * What reading an actuals file needs, imported as `@wpcm/language/actuals`:
 * the canonical row layout, the aggregator, and the KPI resolver of plain
 * names. A worker thread that aggregates a block of a file
 * (cli/src/coach/coach-worker.ts) loads only this: nothing here imports
 * Langium, zod or the model layer, so the worker's bundle stays small.
 */
export type { AddResult, AggregatePart, Observation, RowCounts, Window } from './coaching/aggregate.js';
export { Aggregator } from './coaching/aggregate.js';
export type { ReusableObservation } from './coaching/canonical.js';
export { addObservation, canonicalColumns, canonicalObservation, emptyActualsMessage, fieldColumn, reusableObservation, RowProblem } from './coaching/canonical.js';
export type { CsvFormat, CsvPlace } from './coaching/csv-place.js';
export { isBlankRow, lineBreaksIn, lineEndOf, notUtf8Message, placeInPieces, placeInText, replacementPlaceInPieces, replacementPlaceInText } from './coaching/csv-place.js';
export type { KpiName, KpiResolver } from './coaching/kpi-names.js';
export { namesResolver } from './coaching/kpi-names.js';
export type { RowReader } from './coaching/mapped.js';
