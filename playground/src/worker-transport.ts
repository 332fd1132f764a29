/**
 * The LSP transport between the page and the language server in a Web
 * Worker: @codemirror/lsp-client speaks JSON strings, vscode-jsonrpc's
 * browser reader and writer on the worker side post message objects.
 */
import type { Transport } from '@codemirror/lsp-client';

export function workerTransport(worker: Worker): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.addEventListener('message', event => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    });
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => { handlers.add(handler); },
        unsubscribe: handler => { handlers.delete(handler); }
    };
}
