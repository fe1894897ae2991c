// Picks the backend from a location: a file path (or :memory:) is SQLite; a
// postgres:// URL will be PostgreSQL. Async because opening PostgreSQL means
// connecting and migrating over the network.
import { AnnalistError } from '../errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export async function openStore(location: string): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new AnnalistError('store',
      'PostgreSQL store is not available yet; use a SQLite file path such as annalist.db', { input: redactPassword(location) });
  }
  if (scheme !== undefined) {
    throw new AnnalistError('usage',
      `unknown store location scheme '${scheme}://'; give a SQLite file path or a postgres:// URL`, { input: redactPassword(location) });
  }
  return openSqliteStore(location);
}

// Error messages end up in logs and terminals; a connection URL may carry a password.
function redactPassword(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
