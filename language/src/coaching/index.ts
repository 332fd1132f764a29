/**
 * Coaching from KPI actuals, as the CLI, the server and a browser use it:
 * rows -> observations (canonical layout or a CRM mapping) -> incremental
 * aggregation -> the coaching report (then rendered by generators/coaching).
 */
export type { AddResult, AggregatePart, Observation, RowCounts, Window } from './aggregate.js';
export { Aggregator } from './aggregate.js';
export type { Period, Weekday } from './calendar.js';
export { dayNumber, DEFAULT_WORKING_DAYS, isoDate, periodLength, WEEKDAYS, workingDaysBetween } from './calendar.js';
export type { Catalog, CatalogKpi, Measure } from './catalog.js';
export { catalogOf, measureOf } from './catalog.js';
export type { ReusableObservation } from './canonical.js';
export { addObservation, canonicalColumns, canonicalObservation, emptyActualsMessage, fieldColumn, reusableObservation, RowProblem } from './canonical.js';
export type { CsvFormat, CsvPlace } from './csv-place.js';
export { isBlankRow, lineBreaksIn, lineEndOf, notUtf8Message, placeInPieces, placeInText, replacementPlaceInPieces, replacementPlaceInText } from './csv-place.js';
export type { KpiName, KpiResolver } from './kpi-names.js';
export { namesResolver } from './kpi-names.js';
export type { RowReader } from './mapped.js';
export { dateParser, mappedReader } from './mapped.js';
export type { CoachingReport, PersonaReport, SellerReport } from './report-schema.js';
export { COACHING_FORMAT_VERSION, COACHING_SCHEMA_FILE, CoachingReportSchema, coachingJsonSchema, validateCoachingReport } from './report-schema.js';
export type { ReportOptions } from './report.js';
export { coachingReport, ReportOverflow } from './report.js';
export type { CoachingConfig, Source } from './source-schema.js';
export { sourceNamed } from './source-schema.js';
