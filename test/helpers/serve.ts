// `annalist serve` as a real process on a free port: started, its URL read from its banner.
import { spawn, type ChildProcess } from 'node:child_process';
import { binPath } from './cli.js';

export interface RunningServer {
  process: ChildProcess;
  /** The server's base URL, "http://127.0.0.1:PORT/". */
  url: string;
  /** What it wrote on stderr up to and including its banner. */
  banner: string;
}

/** Starts `annalist serve --port 0 …args` in `cwd`; rejects with its stderr when it exits before listening. */
export function startServe(args: string[], cwd: string): Promise<RunningServer> {
  const server = spawn(process.execPath, [binPath, 'serve', '--port', '0', ...args], { cwd });
  return new Promise((resolve, reject) => {
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr)?.[0];
      if (url) resolve({ process: server, url, banner: stderr });
    });
    server.once('exit', (code) => reject(new Error(`annalist serve exited (${code}) before listening:\n${stderr}`)));
  });
}

/** Stops a server with SIGTERM and waits until it has exited. */
export async function stopServe(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}
