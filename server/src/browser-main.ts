/**
 * The WPCM language server in a Web Worker, for VS Code for the Web and the
 * browser playground: the same services over postMessage. A browser has no
 * file system here, so the workspace is the documents the editor opens.
 */
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './start.js';

// `self` is the worker's global scope; the DOM typings call it a Window.
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { fileSystem: EmptyFileSystem });
