// The built CLI as a real process: build once, then run `node bin/annalist …` in a folder.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binPath = path.join(repoRoot, 'bin', 'annalist');
const builtMain = path.join(repoRoot, 'dist', 'cli', 'main.js');

/**
 * Compiles src/ to dist/ (tsconfig.build.json) so the CLI under test is the current source.
 * A type error elsewhere in the tree does not stop tsc from emitting; it fails the build only
 * when there is no dist/cli/main.js to run at all. ANNALIST_E2E_NO_BUILD=1 skips the build.
 */
export function buildCli(): void {
  if (process.env.ANNALIST_E2E_NO_BUILD === '1' && existsSync(builtMain)) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, encoding: 'utf8' });
  if (!existsSync(builtMain)) {
    throw new Error(`build failed, no ${builtMain}:\n${result.stdout}${result.stderr}`);
  }
  if (result.status !== 0) process.stderr.write(`warning: tsc reported errors; testing what it emitted\n${result.stdout}`);
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
