import { readFileSync } from 'node:fs';
import { briefOf } from '/work/wt-11/tests/support/workspace.js';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const b of await briefOf(text)) console.log(JSON.stringify(b));
