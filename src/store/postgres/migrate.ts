// Versioned schema migrations for PostgreSQL, as for SQLite: one file per migration under
// migrations/, schema_migrations records which ones the schema has. PostgreSQL's DDL is
// transactional, so a migration is applied whole or not at all.
import type pg from 'pg';
import { AnnalistError } from '../../errors.js';

export interface PostgresMigration {
  /** 1, 2, 3 … in order; never renumber one that has shipped. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies the migrations the current schema (the first one on the search path) lacks and
 * returns the resulting version. Many workers start at once on a new database: an advisory
 * lock per schema lets one of them migrate while the others wait, then find nothing to do.
 */
export async function migrate(client: pg.ClientBase, migrations: readonly PostgresMigration[], location: string): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('annalist.migrate.' || current_schema()))`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL)');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > latest) {
      throw new AnnalistError('store',
        `database schema version ${current} is newer than this annalist knows (${latest}); upgrade annalist to open it`,
        { input: location });
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
    return Math.max(current, latest);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
