// Picks the backend from a location: a file path (or :memory:) is SQLite; a
// postgres:// URL is PostgreSQL. Async because opening PostgreSQL means
// connecting and migrating over the network.
import { AnnalistError } from '../errors.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { redactPassword } from './redact-location.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** True for a postgres:// or postgresql:// URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresStore(location);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    throw new AnnalistError('usage',
      `unknown store location scheme '${scheme}://'; give a SQLite file path or a postgres:// URL`, { input: redactPassword(location) });
  }
  return openSqliteStore(location);
}
