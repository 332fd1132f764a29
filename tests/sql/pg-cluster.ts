/**
 * A throwaway PostgreSQL cluster for the SQL tests: initdb in a temporary
 * folder (as the `postgres` user when we are root, since PostgreSQL refuses
 * to run as root), listening on 127.0.0.1 on a free port with its socket in
 * that folder; stopped and deleted afterwards. Binaries come from Debian's
 * /usr/lib/postgresql/<version>/bin, else from PATH.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function postgresBin(): string | undefined {
    const root = '/usr/lib/postgresql';
    if (existsSync(root)) {
        const versions = readdirSync(root).filter(v => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
        for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
    }
    try {
        const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
        return initdb ? initdb.replace(/\/initdb$/, '') : undefined;
    } catch {
        return undefined;
    }
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}

function postgresIds(): { uid: number; gid: number } | undefined {
    if (process.getuid?.() !== 0) return undefined;
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
}

export interface Cluster {
    readonly port: number;
    readonly folder: string;
    stop(): void;
}

export async function startCluster(bin: string): Promise<Cluster> {
    const folder = mkdtempSync(join(tmpdir(), 'wpcm-pg-'));
    const ids = postgresIds();
    if (ids) {
        chownSync(folder, ids.uid, ids.gid);
        chmodSync(folder, 0o755);
    }
    // Run as postgres when root; environment trimmed so no PG* variable of the caller leaks in.
    const run = (command: string, args: string[]) => execFileSync(join(bin, command), args, {
        stdio: 'pipe', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' },
        ...(ids ? { uid: ids.uid, gid: ids.gid } : {})
    });
    const data = join(folder, 'data');
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    run('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '60',
        '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -F -c fsync=off`, 'start']);
    return {
        port,
        folder,
        stop() {
            try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } finally { rmSync(folder, { recursive: true, force: true }); }
        }
    };
}
