/**
 * The JSON coaching report as pieces of text: the report's own fields, then
 * each seller (checked against the schema just before its piece is made),
 * in the order of the file. Joined, they are exactly `jsonText` of the whole
 * report; a writer can write them one at a time instead of building a
 * string of tens of MB (10,000 sellers) and then copying it to the file.
 */
import type { CoachingReport } from '../../coaching/report-schema.js';
import { COACHING_SCHEMA_FILE, validateReportHead, validateSeller } from '../../coaching/report-schema.js';
import { jsonText } from '../generated-file.js';

// A seller sits at depth 4 of the report (report, personas, persona, sellers):
// stringified at the same depth of this wrapper, its text comes out indented
// as in the report, between a fixed head and tail.
const [WRAP_HEAD, WRAP_TAIL] = JSON.stringify({ p: [{ s: [0] }] }, null, 2).split('0') as [string, string];
/** What comes between two sellers in the report's text. */
const SELLER_SEPARATOR = `,${WRAP_HEAD.slice(WRAP_HEAD.lastIndexOf('\n'))}`;

function sellerText(seller: unknown): string {
    const text = JSON.stringify({ p: [{ s: [seller] }] }, null, 2);
    return text.slice(WRAP_HEAD.length, text.length - WRAP_TAIL.length);
}

export function* coachingJsonPieces(report: CoachingReport, schemaPath = `./${COACHING_SCHEMA_FILE}`): Generator<string, void, undefined> {
    const document = { $schema: schemaPath, ...report };
    validateReportHead(document);
    // Each persona's sellers stand in the report's text as one placeholder
    // string, replaced by the sellers' pieces; a random mark no model or data text holds.
    const mark = `wpcm-sellers-${Math.random().toString(36).slice(2)}-`;
    const placeholders = report.personas.map((p, i) => (p.sellers.length > 0 ? JSON.stringify(`${mark}${i}`) : undefined));
    const text = jsonText({ ...document, personas: report.personas.map((p, i) => (placeholders[i] ? { ...p, sellers: [`${mark}${i}`] } : p)) });
    let at = 0;
    for (const [i, persona] of report.personas.entries()) {
        const placeholder = placeholders[i];
        if (!placeholder) continue;
        const where = text.indexOf(placeholder, at);
        yield text.slice(at, where);
        for (const [j, seller] of persona.sellers.entries()) {
            validateSeller(seller, i, j);
            yield j === 0 ? sellerText(seller) : SELLER_SEPARATOR + sellerText(seller);
        }
        at = where + placeholder.length;
    }
    yield text.slice(at);
}
