// The connection pool of a queue command, with graphile-worker's schema installed or
// brought up to date, and connection failures reported as store errors naming the database.
import type pg from 'pg';
import { runMigrations } from 'graphile-worker';
import { AnnalistError, describeError } from '../errors.js';
import { createPgPool } from '../store/postgres/pg-pool.js';
import { redactPassword } from '../store/redact-location.js';
import { workerLogger } from './worker-logger.js';

export async function openQueuePool(url: string, schema: string, log: (line: string) => void): Promise<pg.Pool> {
  const pool = createPgPool(url, { max: 2, applicationName: 'annalist queue' });
  try {
    await runMigrations({ pgPool: pool, schema, logger: workerLogger(log) });
  } catch (cause) {
    await pool.end();
    throw new AnnalistError('store', `cannot open the job queue: ${describeError(cause)}`, { input: redactPassword(url), cause });
  }
  return pool;
}
