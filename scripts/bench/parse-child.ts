// The floor for `wpcm coach`: the same streaming parser, the same way
// (cli/src/coach/csv-stream.ts), touching every row and doing nothing else.
// Prints the parse time in milliseconds and the row count.
import { streamCsv } from '../../cli/src/coach/csv-stream.js';

const file = process.argv[2]!;
let fields = 0;
const start = performance.now();
const rows = await streamCsv(file, row => { fields += row.length; });
console.log(JSON.stringify({ ms: performance.now() - start, rows, fields }));
