/**
 * Actuals files on a Node file system, read exactly as `wpcm coach` reads
 * them (canonical layout or a `coaching.sources` mapping, errors as
 * file:line:column). Node only: main.ts passes it to the server; the Web
 * Worker server has no files.
 */
import { stat } from 'node:fs/promises';
import type { ActualsFiles } from './coaching-handler.js';
import { splitMinBytes } from '../../cli/src/coach/file-blocks.js';
import { cannotRead, readActuals } from '../../cli/src/coach/read-actuals.js';
import { sourceReader } from '../../cli/src/coach/source-reader.js';

export const nodeActualsFiles: ActualsFiles = {
    async version(path) {
        try {
            const info = await stat(path);
            return `${info.mtimeMs}:${info.size}`;
        } catch (error) {
            throw cannotRead(path, error);
        }
    },
    async read(path, aggregator, { source, names }) {
        await readActuals(path, aggregator, {
            shown: path, skipInvalid: false, skipHint: '', ...(source ? { reader: sourceReader(source) } : {}),
            // A large file in the blocks `wpcm coach` reads it in (here all on this thread): the sums are
            // added in the same order, so the editor's numbers are the CLI's to the last digit.
            split: { threads: 1, minBytes: splitMinBytes(), names, window: {} }
        });
    }
};
