/**
 * The WPCM language server, for any LSP editor: `wpcm-language-server --stdio`
 * (or --node-ipc when VS Code starts it); see transport.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeActualsFiles } from './actuals-files.js';
import { startServer } from './start.js';
import { transportFromArgs } from './transport.js';

/** The bundle ships the rule pages in `docs/rules/` beside it (scripts/bundle.mjs): link those, so links work offline. */
function installedRuleDocs(): string | undefined {
    const docs = join(__dirname, 'docs', 'rules');
    return existsSync(docs) ? `${pathToFileURL(docs).href}/` : undefined;
}

const transport = transportFromArgs(process.argv);
const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
if (transport?.stdio) {
    // What vscode-languageserver does for --stdio itself: stdout carries the
    // protocol, so console output goes to the client's log, and the end of
    // stdin (the client gone) ends the server.
    console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
    console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
    const end = () => process.exit(transport.shutDown?.() ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
}
// The last net under "a request never takes the server down": a failure in a
// notification handler or a background build is logged, and the server keeps
// serving the other files (the failed document keeps its last results).
const report = (kind: string) => (error: unknown) => connection.console.error(`WPCM server: ${kind}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
process.on('uncaughtException', report('uncaught exception'));
process.on('unhandledRejection', report('unhandled rejection'));
// Actuals files are read from disk, so only here, not in the Web Worker server.
startServer(connection, { fileSystem: NodeFileSystem, ruleDocsBase: installedRuleDocs(), actualsFiles: nodeActualsFiles });
