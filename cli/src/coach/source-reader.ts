/** A `coaching.sources` mapping as a row reader for readActuals. */
import type { Source } from '@wpcm/language';
import { mappedReader } from '@wpcm/language';
import type { RowReaderFactory } from './rows.js';

export function sourceReader(source: Source): RowReaderFactory {
    return (header, format) => mappedReader(source, header, { delimiter: format?.delimiter });
}
