/**
 * The bundled server (out/server.cjs, or WPCM_SERVER_BUNDLE to test another
 * build) spawned over stdio, with its exit recorded: protocol tests assert
 * that it never exits before `exit`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { LspTestClient } from '../lsp/lsp-client.js';

export const SERVER_BUNDLE = process.env.WPCM_SERVER_BUNDLE ?? fileURLToPath(new URL('../../out/server.cjs', import.meta.url));

export interface ServerProcess {
    client: LspTestClient;
    /** The exit code once the process has exited, else undefined. */
    exitCode(): number | null | undefined;
    stderr(): string;
    pid(): number;
}

export function spawnServer(): ServerProcess {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let exited: number | null | undefined;
    let stderr = '';
    child.on('exit', code => { exited = code; });
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    // A write to a server that died must fail the test through its assertions, not crash the runner.
    child.stdin!.on('error', () => undefined);
    return { client: new LspTestClient(connection, child), exitCode: () => exited, stderr: () => stderr, pid: () => child.pid! };
}

/** The JSON-RPC error code a request was refused with, or 'result' if it was answered. */
export async function outcome(request: Promise<unknown>): Promise<number | 'result'> {
    try {
        await request;
        return 'result';
    } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code !== 'number') throw error;
        return code;
    }
}
