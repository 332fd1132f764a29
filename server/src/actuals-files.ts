/**
 * Actuals files on a Node file system, read exactly as `wpcm coach` reads
 * them (canonical layout or a `coaching.sources` mapping, errors as
 * file:line:column). Node only: main.ts
 * passes it to the server; the Web Worker server has no files.
 */
import { stat } from 'node:fs/promises';
import type { ActualsFiles } from './coaching-handler.js';
import { readActuals } from '../../cli/src/coach/read-actuals.js';
import { sourceReader } from '../../cli/src/coach/source-reader.js';

export const nodeActualsFiles: ActualsFiles = {
    async version(path) {
        try {
            const info = await stat(path);
            return `${info.mtimeMs}:${info.size}`;
        } catch (error) {
            throw new Error(`${path}: cannot read the actuals file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        }
    },
    async read(path, aggregator, source) {
        await readActuals(path, aggregator, { shown: path, skipInvalid: false, ...(source ? { reader: sourceReader(source) } : {}) });
    }
};
