// A PostgreSQL server of the test's own, in a temporary folder on a free port, for tests
// that restart the server: restarting the shared one would break the test files running
// beside them. Built from the same binaries as the shared server (initdb, pg_ctl); where
// they cannot be found or run, start() says why and the caller falls back.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PrivatePostgres {
  url: string;
  /** Stops the server (fast shutdown: sessions are cut), waits `downMs`, starts it again. */
  restart(downMs: number): Promise<void>;
  stop(): void;
}

function findBinDir(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = path.join(root, version, 'bin');
    if (existsSync(path.join(dir, 'initdb'))) return dir;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the server, or returns the reason it could not. */
export async function startPrivatePostgres(): Promise<PrivatePostgres | string> {
  const bin = findBinDir();
  if (bin === null) return 'initdb and pg_ctl not found';
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  let asUser: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'annalist-pg-'));
  if (process.getuid?.() === 0) {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return 'running as root and there is no postgres user to run the server as';
    }
    chownSync(dir, Number(uid.stdout.trim()), -1);
    asUser = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (tool: string, args: string[]) => {
    const command = [...asUser, path.join(bin, tool), ...args];
    const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.error?.message ?? ''}${result.stderr}`);
  };
  const data = path.join(dir, 'data');
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  const stop = (mode: string) => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return error instanceof Error ? error.message : String(error);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(downMs) {
      stop('fast');
      await sleep(downMs);
      start();
    },
    stop() {
      try {
        stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
