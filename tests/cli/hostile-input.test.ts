/**
 * The shipped CLI against inputs that are not model files: each gets one
 * line on stderr and exit code 2, in bounded time (every run has a
 * timeout: a FIFO used to block forever, /dev/zero to eat gigabytes, and
 * `--out /proc/nope` to spin in Node's recursive mkdir).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Spawned processes and megabyte inputs: generous bounds, so a loaded machine does not fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const CLI = fileURLToPath(new URL('../../out/cli.cjs', import.meta.url));
let folder: string;

function wpcm(...args: string[]) {
    return spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', timeout: 20_000 });
}

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wpcm-hostile-'));
    execFileSync('mkfifo', [join(folder, 'pipe.wpcm')]);
    symlinkSync('/dev/zero', join(folder, 'zero.wpcm'));
    symlinkSync('loop.wpcm', join(folder, 'loop.wpcm'));
    writeFileSync(join(folder, 'notes.txt'), 'system CRM\nsystem CRM\n');
    writeFileSync(join(folder, 'long.wpcm'), `term T "${'\\"'.repeat(5_000_000)}"\n${'// c\n'.repeat(200_000)}system CRM\nsystem CRM\n`);
    writeFileSync(join(folder, 'big.wpcm'), `system CRM\n${' '.repeat(17 * 1024 * 1024)}`);
    writeFileSync(join(folder, 'model.wpcm'), 'persona P "P" {\n    motion M "Close the deal" {\n        goal "g"\n    }\n}\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('one line and exit 2 for what is not a model file', () => {
    const cases: Array<[string, string[], string]> = [
        ['a named pipe', ['check', 'pipe.wpcm'], 'wpcm: pipe.wpcm: not a regular file (a named pipe)'],
        ['a symlink to /dev/zero', ['check', 'zero.wpcm'], 'wpcm: zero.wpcm: not a regular file (a device)'],
        ['/dev/zero itself', ['check', '/dev/zero'], 'wpcm: /dev/zero: not a regular file (a device)'],
        ['an empty argument', ['check', ''], "wpcm: '': an empty path names no file or folder"],
        ['a self-looping symlink', ['check', 'loop.wpcm'], 'wpcm: loop.wpcm: too many levels of symbolic links (a symlink loop?)'],
        ['a file over the size limit', ['check', 'big.wpcm'], 'wpcm: big.wpcm: too large to check (17 MB; the limit is 16 MB); split it into several .wpcm files'],
        ['an output folder that cannot be created', ['generate', 'dashboard', 'model.wpcm', '--out', '/proc/nope'],
            'wpcm: /proc/nope: cannot create the folder: no such file or folder, and it cannot be created here']
    ];
    it.each(cases)('%s', (_, args, line) => {
        const run = wpcm(...args);
        expect(run.error).toBeUndefined();
        expect(run.stderr).toBe(`${line}\n`);
        expect(run.stdout).toBe('');
        expect(run.status).toBe(2);
    });
});

describe('long tokens', () => {
    it('checks a 10-million-character string of escapes and 200,000 comment lines with the default stack', () => {
        const run = wpcm('check', 'long.wpcm');
        expect(run.stderr).toBe('');
        expect(run.stdout.split('\n').map(l => l.split(' ').slice(0, 3).join(' ')).filter(Boolean)).toEqual([
            'long.wpcm:200002:8 error duplicate-name',
            'long.wpcm:200003:8 error duplicate-name',
            '2 problems (2'
        ]);
        expect(run.status).toBe(1);
    });
});

describe('files named explicitly', () => {
    it('are checked as WPCM whatever their extension', () => {
        const run = wpcm('check', 'notes.txt');
        expect(run.stderr).toBe('');
        expect(run.stdout.split('\n').map(l => l.split(' ').slice(0, 3).join(' ')).filter(Boolean)).toEqual([
            'notes.txt:1:8 error duplicate-name',
            'notes.txt:2:8 error duplicate-name',
            '2 problems (2'
        ]);
        expect(run.status).toBe(1);
    });
});
