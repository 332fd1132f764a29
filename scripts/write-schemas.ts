// Writes the JSON Schemas published in the package (schemas/), generated from
// the zod schemas that are their single source of truth.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DASHBOARD_SCHEMA_FILE, dashboardJsonSchema, WpcmConfigSchema } from '@wpcm/language';

const schemas: Record<string, object> = {
    'wpcm.config.schema.json': z.toJSONSchema(WpcmConfigSchema, { io: 'input' }),
    // The same text `wpcm generate dashboard` writes beside the dashboards.
    [DASHBOARD_SCHEMA_FILE]: dashboardJsonSchema()
};

mkdirSync('schemas', { recursive: true });
for (const [file, json] of Object.entries(schemas)) {
    writeFileSync(`schemas/${file}`, JSON.stringify(json, null, 2) + '\n');
}
