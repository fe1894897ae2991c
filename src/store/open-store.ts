// Picks the backend from a location: a file path (or :memory:) is SQLite; a
// postgres:// URL is PostgreSQL. Async because opening PostgreSQL means
// connecting and migrating over the network. Each backend's module (and its driver) is
// loaded only when chosen.
import { existsSync } from 'node:fs';
import { AnnalistError } from '../errors.js';
import { redactPassword } from './redact-location.js';
import type { Store } from './store.js';

/** True for a postgres:// or postgresql:// URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export interface OpenOptions {
  /**
   * For commands that read: a SQLite file that does not exist is a mistyped path, not a new
   * empty database to answer from; refuse it, naming the path.
   */
  mustExist?: boolean;
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return (await import('./postgres/postgres-store.js')).openPostgresStore(location);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    throw new AnnalistError('usage',
      `unknown store location scheme '${scheme}://'; give a SQLite file path or a postgres:// URL`, { input: redactPassword(location) });
  }
  if (options.mustExist && location !== ':memory:' && !existsSync(location)) {
    throw new AnnalistError('store', `no database at ${location}; check the path, or create one with \`annalist ingest <inputs> --db ${location}\``);
  }
  return (await import('./sqlite/sqlite-store.js')).openSqliteStore(location);
}
