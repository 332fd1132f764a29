/** Every string from the model reaches the preview through here: as text, never as markup. */
export { escapeHtml } from '../../../language/src/text/html.js';
