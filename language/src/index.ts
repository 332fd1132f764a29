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
export { addressedLevels, isTraining, LEVELS } from './model/interventions.js';
export { supportingCompetencies } from './lsp/model-queries.js';

// Generators.
export type { GeneratorInput } from './generators/index.js';
export {
    DASHBOARD_FORMATS, DASHBOARD_SCHEMA_FILE, dashboardJsonSchema, dashboardsAsJson, generateDashboards, generateModules, ModelHasErrors
} from './generators/index.js';
export type { GenerateOptions } from './generators/index.js';
export { generateTarget } from './generators/index.js';

// What editor clients need too, without the language itself.
export * from './client.js';
