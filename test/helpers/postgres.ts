// The real PostgreSQL server the tests use (local on every machine, CI included), and
// isolation on it: each test file works in schemas or databases of its own, named after
// the process, and drops them when done, so test files running in parallel never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.ANNALIST_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** `url` with its search path set to `schema`: what the store creates goes there. */
export function withSearchPath(url: string, schema: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** `url` pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates empty schemas on demand (each with its own URL) and drops them all at the end. */
export class TestSchemas {
  private readonly created: string[] = [];

  constructor(private readonly url = TEST_DATABASE_URL) {}

  async create(): Promise<string> {
    const schema = uniqueName('annalist_test');
    await admin(this.url, (client) => client.query(`CREATE SCHEMA ${schema}`));
    this.created.push(schema);
    return withSearchPath(this.url, schema);
  }

  async dropAll(): Promise<void> {
    if (this.created.length === 0) return;
    const schemas = this.created.splice(0);
    await admin(this.url, (client) => client.query(`DROP SCHEMA ${schemas.join(', ')} CASCADE`));
  }
}

/** A new empty database on the server of `url`; `drop` ends its sessions and removes it. */
export async function createTestDatabase(url = TEST_DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = uniqueName('annalist_test');
  await admin(url, (client) => client.query(`CREATE DATABASE ${database}`));
  return {
    url: withDatabase(url, database),
    drop: () => admin(url, async (client) => {
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
      await client.query(`DROP DATABASE IF EXISTS ${database}`);
    }),
  };
}
