// node-postgres pools as annalist opens them. A connection the server drops (a restart, an
// administrator's pg_terminate_backend) emits an error on its client or, when idle, on the
// pool; unheard, either would end the process. Heard, the pool discards the connection and
// the next query opens a new one, or fails with its own error.
import pg from 'pg';

export function createPgPool(url: string, options: { max: number; applicationName: string }): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max, application_name: options.applicationName });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
