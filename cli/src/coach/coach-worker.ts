/**
 * A worker thread that reads blocks of an actuals file (bundled on its own
 * to out/coach-worker.cjs, so that starting it does not load the whole CLI).
 * Messages in: BlockTask. Out: progress, then the result or a failure.
 */
import { parentPort } from 'node:worker_threads';
import type { BlockResult, BlockTask } from './read-block.js';
import { readBlock } from './read-block.js';

export type WorkerMessage =
    | { readonly kind: 'progress'; readonly bytes: number; readonly rows: number }
    | { readonly kind: 'done'; readonly result: BlockResult }
    | { readonly kind: 'failed'; readonly message: string; readonly code?: string | undefined };

const port = parentPort!;
const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (task: BlockTask) => {
    readBlock(task, (bytes, rows) => send({ kind: 'progress', bytes, rows })).then(
        result => send({ kind: 'done', result }, [result.part.sums.buffer as ArrayBuffer]),
        (error: unknown) => send({ kind: 'failed', message: (error as Error).message, code: (error as NodeJS.ErrnoException).code })
    );
});
