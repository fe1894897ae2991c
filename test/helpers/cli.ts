// The built CLI as a real process: build once, then run `node bin/annalist …` in a folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binPath = path.join(repoRoot, 'bin', 'annalist');
const builtMain = path.join(repoRoot, 'dist', 'cli', 'main.js');

/**
 * Compiles src/ to dist/ (tsconfig.build.json) and copies the web UI's files, as `npm run build`
 * does, so the CLI under test is the current source. Test files run in parallel and several
 * need the CLI: the first builds, under a lock, and the others of the same vitest run reuse
 * that build rather than rewrite files another test is running.
 * A type error elsewhere in the tree does not stop tsc from emitting; it fails the build only
 * when there is no dist/cli/main.js to run at all. ANNALIST_E2E_NO_BUILD=1 skips the build.
 */
export function buildCli(): void {
  if (process.env.ANNALIST_E2E_NO_BUILD === '1' && existsSync(builtMain)) return;
  // Forked workers share their parent, the vitest process; threads share the process itself.
  const runId = String(isMainThread ? process.ppid : process.pid);
  const builtThisRun = () => existsSync(builtMain) && existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === runId;
  if (builtThisRun()) return;
  withLock(buildLock, () => {
    if (builtThisRun()) return;
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, encoding: 'utf8' });
    if (!existsSync(builtMain)) {
      throw new Error(`build failed, no ${builtMain}:\n${result.stdout}${result.stderr}`);
    }
    if (result.status !== 0) process.stderr.write(`warning: tsc reported errors; testing what it emitted\n${result.stdout}`);
    const copy = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'copy-ui-assets.js')], { cwd: repoRoot, encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`copying the web UI's files failed:\n${copy.stderr}`);
    writeFileSync(buildStamp, runId);
  });
}

const buildStamp = path.join(repoRoot, 'dist', '.test-build-run');
const buildLock = path.join(repoRoot, 'dist', '.test-build-lock');

/** Runs `action` holding a lock directory; a lock older than two minutes is taken as abandoned. */
function withLock(lock: string, action: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `annalist ...args` in `cwd`, with `input` on stdin; never reads the user's ANNALIST_DB. */
export function runCli(args: string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ANNALIST_DB: path.join(cwd, 'default.db'), NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A CLI result for failure messages. */
export function show(result: CliResult): string {
  return `exit ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
}
