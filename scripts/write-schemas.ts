// Writes the JSON Schemas published in the package (schemas/), generated from
// the zod schemas that are their single source of truth.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { WpcmConfigSchema } from '../language/src/config/config-schema.js';

const schemas: Record<string, z.ZodType> = {
    'wpcm.config.schema.json': WpcmConfigSchema
};

mkdirSync('schemas', { recursive: true });
for (const [file, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { io: 'input' });
    writeFileSync(`schemas/${file}`, JSON.stringify(json, null, 2) + '\n');
}
