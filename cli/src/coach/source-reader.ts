/** A `coaching.sources` mapping as a row reader for readActuals. */
import { mappedReader } from '../../../language/src/coaching/mapped.js';
import type { Source } from '../../../language/src/coaching/source-schema.js';
import type { RowReaderFactory } from './read-actuals.js';

export function sourceReader(source: Source): RowReaderFactory {
    return header => mappedReader(source, header);
}
