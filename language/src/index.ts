/**
 * The public API of the WPCM language: everything `cli/`, `server/` and
 * `extension/` use, imported as `@wpcm/language`. Nothing outside
 * `language/` reaches into its folders, so its internals can move freely.
 * Browser-safe: no Node or VS Code APIs anywhere below this module.
 */

// Services and building a workspace.
export type { WpcmServices } from './wpcm-module.js';
export { createWpcmServices } from './wpcm-module.js';
export type { BuiltFile, SourceFile } from './build.js';
export { buildFiles } from './build.js';
export { MAX_DOCUMENT_CHARS, tooLargeMessage } from './parser/size-limit.js';

// The AST, for the few consumers that walk it.
export type { Document, Gap, Persona } from './generated/ast.js';
export { isPersona } from './generated/ast.js';

// Configuration.
export type { WpcmConfig } from './config/config-schema.js';
export { CONFIG_FILE_NAME, parseConfig, SeveritySettingSchema, WpcmConfigSchema } from './config/config-schema.js';

// Rules and severities.
export type { Rule, RuleDocs, Severity, SeveritySetting } from './rules/index.js';
export { ALL_RULES, findRule, UNSUPPRESSIBLE_CODES } from './rules/index.js';
export { ruleDocsUrl } from './rules/docs-url.js';
export { severityName, severityValue } from './severity.js';

// The model layer.
export { documentsOfModel, inSameModel, SHARED_MODEL } from './model/visibility.js';
export { SupportIndex, supportIndexOf } from './model/support.js';
export { motionsOf } from './model/elements.js';
export { effectiveLevels, isTraining, KIND_TABLE, kindsFitting, statedLevels } from './model/interventions.js';
export type { GapAnalysis } from './model/gaps.js';
export { analyzeGap, CELLS, LEVELS } from './model/gaps.js';
export { supportingCompetencies } from './lsp/model-queries.js';

// Generators.
export type { GeneratorInput } from './generators/index.js';
export {
    DASHBOARD_FORMATS, DASHBOARD_SCHEMA_FILE, dashboardJsonSchema, dashboardsAsJson, generateDashboards, generateModules, ModelHasErrors
} from './generators/index.js';
export type { GenerateOptions } from './generators/index.js';
export { generateTarget } from './generators/index.js';
export type { GapIndex, GapReport, GapReportFormat } from './generators/gaps/index.js';
export { GAP_REPORT_FORMATS, GAPS_SCHEMA_FILE, gapReportPath, gapReportPaths, generateGaps, gapsJsonSchema } from './generators/gaps/index.js';

// Coaching from KPI actuals: the numbers, the reports, the same numbers in SQL, Grafana queries.
export * from './coaching/index.js';
export { modelView } from './generators/model-view.js';
export type { ModelView } from './generators/model-view.js';
export type { CoachingFormat } from './generators/coaching/index.js';
export { COACHING_FORMATS, COACHING_JSON_FILE, coachingFiles, coachingJson, coachingJsonFiles, coachingPersonaHtml, emitCoachingFiles } from './generators/coaching/index.js';
export type { SqlDialect } from './generators/sql/index.js';
export { generateSql, SQL_DIALECTS, sqlFileName } from './generators/sql/index.js';
export type { GrafanaDatasourceKind } from './generators/grafana-queries.js';
export { GRAFANA_DATASOURCES } from './generators/grafana-queries.js';
export { assertNoErrors } from './generators/refusal.js';
export { previewActuals } from './preview/actuals.js';


// What editor clients need too, without the language itself.
export * from './client.js';
