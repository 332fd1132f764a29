/**
 * The part of the public API that editor clients (the VS Code extension,
 * a browser page) need without the language itself, imported as
 * `@wpcm/language/client`: the requests beyond LSP, what can be generated
 * and where it goes, the write plan every writer checks, and shared wording.
 * Nothing here imports Langium, zod or the phrase lexicon, so the client
 * bundle stays small.
 */
export * from './protocol.js';
export type { Dashboard, DashboardFormat } from './generators/index.js';
export type { GenerateTarget } from './generators/targets.js';
export { GENERATE_TARGET_NAMES, GENERATE_TARGETS, isGenerateTarget } from './generators/targets.js';
export type { GeneratedFile, StreamedFile } from './generators/generated-file.js';
export { isSafeRelativePath } from './generators/generated-file.js';
export type { WritePlan } from './generators/write-plan.js';
export { planWrite, UnsafeOutput } from './generators/write-plan.js';
export { plural } from './text/words.js';
export { escapeHtml } from './text/html.js';
export { renderDashboard, renderNotice } from './preview/render.js';
