/**
 * The WPCM language server, for any LSP editor: `wpcm-language-server --stdio`
 * (or --node-ipc when VS Code starts it; vscode-languageserver picks the
 * transport from the command line).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start.js';

/** The bundle ships the rule pages in `docs/rules/` beside it (scripts/bundle.mjs): link those, so links work offline. */
function installedRuleDocs(): string | undefined {
    const docs = join(__dirname, 'docs', 'rules');
    return existsSync(docs) ? `${pathToFileURL(docs).href}/` : undefined;
}

startServer(createConnection(ProposedFeatures.all), { fileSystem: NodeFileSystem, ruleDocsBase: installedRuleDocs() });
