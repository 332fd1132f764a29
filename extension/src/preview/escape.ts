/** Every string from the model reaches the preview through here: as text, never as markup (the one escaper, language/src/text/html.ts). */
export { escapeHtml } from '@wpcm/language/client';
