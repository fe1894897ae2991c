// annalist serve: the HTTP API and web UI over one database, until Ctrl-C.
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { AnnalistError } from '../../errors.js';
import { checkLexiconLocations, loadConsolidationLexicons } from '../../lexicons.js';
import { consolidateIfBehind } from '../../consolidate/catch-up.js';
import { maxArticleBytes } from '../../ingest/article-size.js';
import { createApp } from '../../serve/app.js';
import { openStore } from '../../store/open-store.js';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  maxBodyMb: string;
  maxArticleMb?: string;
  extractThreads?: string;
  queueDepth: string;
  /** Start on a new, empty database when none exists at --db (for a server that will be written to). */
  create?: boolean;
  lexicon?: string[];
}

export async function serveCommand(options: ServeOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AnnalistError('usage', `port '${options.port}' is not a port number (0–65535; 0 picks a free one)`);
  }
  const maxBodyMb = Number(options.maxBodyMb);
  if (!(maxBodyMb > 0)) throw new AnnalistError('usage', `--max-body-mb '${options.maxBodyMb}' is not a positive number`);
  const extractThreads = positiveWhole(options.extractThreads ?? String(Math.min(4, Math.max(1, availableParallelism() - 1))), '--extract-threads');
  const queueDepth = positiveWhole(options.queueDepth, '--queue-depth');
  let maxArticle: number;
  try {
    maxArticle = maxArticleBytes(options.maxArticleMb);
  } catch (error) {
    throw new AnnalistError('usage', (error as Error).message);
  }
  // The pipeline loads on the first POST; a mistyped --lexicon should fail now, not then.
  checkLexiconLocations(options.lexicon ?? []);
  // The environment keeps the token out of `ps` listings and shell history.
  const token = options.token ?? process.env.ANNALIST_TOKEN ?? null;

  const store = await openStore(options.db, { mustExist: !options.create });
  try {
    const caughtUp = await consolidateIfBehind(store, () => loadConsolidationLexicons(options.lexicon), options.db);
    if (caughtUp) process.stderr.write(`annalist serve: ${caughtUp}\n`);
    const app = createApp({
      store, token, maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024), lexicons: options.lexicon, extractThreads, queueDepth, maxArticleBytes: maxArticle,
    });
    const { server, address } = await listen(app.fetch, port, options.host).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    const counts = await store.counts();
    const events = await store.countEvents({ headsOnly: true });
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    // The same counts the web view shows: events are consolidated events, one per happening.
    process.stderr.write(`annalist serve: http://${host}:${address.port}/ (${options.db}: ${counts.articles} articles, ${events} events from ${counts.events} event mentions)`
      + `${token ? '; writes need the bearer token' : ''}. Ctrl-C stops.\n`);
    if (!token && !isLoopback(options.host)) {
      process.stderr.write(`annalist serve: warning: listening on ${options.host} without --token; anyone who can reach it can add articles\n`);
    }
    await untilStopped(server);
    await app.close();
  } finally {
    await store.close();
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string): Promise<{ server: ServerType; address: AddressInfo }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (address) => resolve({ server, address }));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port`
        : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' ? `cannot listen on host '${hostname}'`
          : error.message;
      reject(new AnnalistError('usage', reason, { cause: error }));
    });
  });
}

function untilStopped(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      // Browsers hold keep-alive connections open; close() alone would wait for them.
      if ('closeAllConnections' in server) server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function positiveWhole(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new AnnalistError('usage', `${option} '${value}' is not a positive whole number`);
  return number;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
