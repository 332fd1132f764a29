/** Runs the CLI in-process as if started in `cwd` (main() resolves every path against io.cwd), capturing its output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/src/main.js';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCli(args: string[], cwd: string): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, cwd });
    return { code, stdout, stderr };
}

export function tempFolder(prefix = 'wpcm-test-'): string {
    return mkdtempSync(join(tmpdir(), prefix));
}
