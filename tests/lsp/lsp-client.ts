/**
 * A minimal LSP client for tests and the latency benchmark: it speaks the
 * real protocol to a server (in-process over memory streams, or a spawned
 * `out/server.cjs --stdio`), answers the server's own requests (workspace
 * configuration, capability registration, progress) and records the
 * diagnostics it publishes. Every wait has a timeout.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import type { Diagnostic, MessageConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export interface Published { uri: string; version?: number; diagnostics: Diagnostic[]; at: number }

export class LspTestClient {
    readonly published: Published[] = [];
    private listeners: Array<(p: Published) => void> = [];
    /** Settings answered to `workspace/configuration`, by section. */
    settings: Record<string, unknown> = {};

    constructor(readonly connection: MessageConnection, private readonly child?: ChildProcess) {
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            const entry: Published = { uri: params.uri, diagnostics: params.diagnostics, at: performance.now() };
            if (params.version !== undefined) entry.version = params.version;
            this.published.push(entry);
            this.listeners.forEach(listener => listener(entry));
        });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section ? this.settings[item.section] ?? null : null)));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification('window/logMessage', () => undefined);
        connection.onNotification('window/showMessage', () => undefined);
        connection.listen();
    }

    /** Runs the server in this process (start.ts), connected through memory streams. */
    static async inProcess(): Promise<LspTestClient> {
        const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
        const { startServer } = await import('../../server/src/start.js');
        const { NodeFileSystem } = await import('langium/node');
        const toServer = new PassThrough();
        const toClient = new PassThrough();
        startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { fileSystem: NodeFileSystem });
        return new LspTestClient(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
    }

    /** Spawns a bundled server (`node <path> --stdio`). */
    static spawn(serverPath: string): LspTestClient {
        const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        return new LspTestClient(createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)), child);
    }

    async initialize(rootUri: string | null, options: { configuration?: boolean } = {}): Promise<unknown> {
        const result = await this.request('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
            capabilities: {
                workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
                textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } }
            }
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    request<T = unknown>(method: string, params: unknown, timeoutMs = 20_000): Promise<T> {
        return withTimeout(this.connection.sendRequest<T>(method, params), timeoutMs, method);
    }

    notify(method: string, params: unknown): Promise<void> {
        return this.connection.sendNotification(method, params);
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'wpcm', version, text } });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** The next diagnostics published for `uri` (after this call) that satisfy `accept`. */
    nextDiagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 20_000): Promise<Published> {
        return withTimeout(new Promise<Published>(resolve => {
            const listener = (p: Published) => {
                if (p.uri !== uri || !accept(p)) return;
                this.listeners = this.listeners.filter(l => l !== listener);
                resolve(p);
            };
            this.listeners.push(listener);
        }), timeoutMs, `diagnostics for ${uri}`);
    }

    /** The latest diagnostics for `uri` if they satisfy `accept`, else the next ones that do. */
    diagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 20_000): Promise<Published> {
        const latest = [...this.published].reverse().find(p => p.uri === uri);
        return latest && accept(latest) ? Promise.resolve(latest) : this.nextDiagnostics(uri, accept, timeoutMs);
    }

    async close(): Promise<void> {
        try {
            await this.request('shutdown', null, 5_000);
            if (this.child) await this.notify('exit', null);
        } catch {
            // The server is going away either way.
        }
        this.connection.dispose();
        if (this.child && this.child.exitCode === null) {
            await withTimeout(new Promise(resolve => this.child!.once('exit', resolve)), 5_000, 'server exit').catch(() => this.child!.kill());
        }
    }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
