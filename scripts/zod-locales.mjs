// What the bundles give zod for its `locales` (scripts/bundle.mjs, englishOnly): English, its default.
export { default as en } from 'zod/v4/locales/en.js';
