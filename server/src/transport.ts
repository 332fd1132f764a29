/**
 * The server's transport, chosen from the command line as
 * vscode-languageserver would (`--stdio`, `--node-ipc`), with one addition
 * the library lacks: once `shutdown` is received, every further request is
 * refused with InvalidRequest, as LSP requires, instead of reaching the
 * handlers. Other transports (`--socket`, `--pipe`) fall back to the
 * library's own choice, unguarded.
 */
import type { DataCallback, Disposable, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { AbstractMessageReader, ErrorCodes, IPCMessageReader, IPCMessageWriter, Message, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export interface Transport {
    reader: MessageReader;
    writer: MessageWriter;
    /** Whether the messages use stdout, so nothing else may write there. */
    stdio?: boolean;
    /** Whether `shutdown` has been received (so an end of input is an orderly exit). */
    shutDown?: () => boolean;
}

/** Reads from `inner`; after `shutdown`, answers requests itself with an error. */
export class ShutdownGuardReader extends AbstractMessageReader {
    shutDown = false;

    constructor(private readonly inner: MessageReader, private readonly writer: MessageWriter) {
        super();
        inner.onError(error => this.fireError(error));
        inner.onClose(() => this.fireClose());
        inner.onPartialMessage(info => this.firePartialMessage(info));
    }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => {
            if (Message.isRequest(message)) {
                if (this.shutDown) {
                    void this.writer.write({
                        jsonrpc: '2.0',
                        id: message.id,
                        error: { code: ErrorCodes.InvalidRequest, message: `The server is shutting down; '${message.method}' refused.` }
                    } as Message);
                    return;
                }
                if (message.method === 'shutdown') this.shutDown = true;
            }
            callback(message);
        });
    }

    override dispose(): void {
        this.inner.dispose();
        super.dispose();
    }
}

export function guarded(transport: Transport): Transport {
    const reader = new ShutdownGuardReader(transport.reader, transport.writer);
    return { ...transport, reader, shutDown: () => reader.shutDown };
}

/** The transport the command line asks for, or undefined for one we leave to the library. */
export function transportFromArgs(argv: readonly string[]): Transport | undefined {
    if (argv.includes('--stdio')) return guarded({ reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true });
    if (argv.includes('--node-ipc')) return guarded({ reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) });
    return undefined;
}
