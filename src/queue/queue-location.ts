// Where the job queue lives: in the PostgreSQL database the workers store into, in
// graphile-worker's own schema. The queue commands accept nothing but a postgres:// URL.
import { AnnalistError } from '../errors.js';
import { isPostgresUrl } from '../store/open-store.js';

/** graphile-worker's schema; GRAPHILE_WORKER_SCHEMA moves it, as it does for graphile-worker's own tools. */
export function queueSchema(): string {
  return process.env.GRAPHILE_WORKER_SCHEMA || 'graphile_worker';
}

/**
 * The database URL a queue command was given (--db), else ANNALIST_DB when it is a
 * postgres:// URL, else DATABASE_URL; a usage error saying how to give one when none is.
 */
export function queueDatabaseUrl(db: string | undefined): string {
  const fromEnv = process.env.ANNALIST_DB !== undefined && isPostgresUrl(process.env.ANNALIST_DB)
    ? process.env.ANNALIST_DB : process.env.DATABASE_URL;
  const url = db ?? fromEnv;
  if (url === undefined || url === '') {
    throw new AnnalistError('usage', 'the job queue lives in PostgreSQL: give --db postgres://… or set DATABASE_URL');
  }
  if (!isPostgresUrl(url)) {
    throw new AnnalistError('usage', `the job queue lives in PostgreSQL, not in '${url}': give --db postgres://… or set DATABASE_URL`);
  }
  return url;
}
