/** Loads the files named on the command line into one WPCM workspace and builds it. */
import { NodeFileSystem } from 'langium/node';
import type { BuiltFile, WpcmConfig, WpcmServices } from '@wpcm/language';
import { buildFiles, createWpcmServices } from '@wpcm/language';
import { collectFiles, readSource } from './files.js';
import { displayPath } from './findings.js';

export interface LoadedWorkspace {
    services: WpcmServices;
    files: Array<BuiltFile & { shown: string }>;
}

/** Paths are resolved against, and shown relative to, `cwd`. */
export async function loadWorkspace(paths: readonly string[], config: WpcmConfig | undefined, cwd: string): Promise<LoadedWorkspace> {
    const sources = collectFiles(paths, cwd).map(path => readSource(path, displayPath(path, cwd)));
    const { Wpcm } = createWpcmServices(NodeFileSystem);
    Wpcm.wpcm.Settings.apply(config);
    const built = await buildFiles(Wpcm, sources);
    return { services: Wpcm, files: built.map(file => ({ ...file, shown: displayPath(file.uri, cwd) })) };
}
