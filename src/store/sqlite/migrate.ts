// Versioned schema migrations. Each migration is one file under migrations/, listed in
// order in migrations/index.ts; schema_migrations records which ones a database has.
import type Database from 'better-sqlite3';
import { AnnalistError } from '../../errors.js';

export interface SqliteMigration {
  /** 1, 2, 3 … in order; never renumber one that has shipped. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies the migrations a database lacks, all in one transaction, and returns the
 * resulting version. A database written by a newer annalist is refused rather than
 * read with a schema we do not know.
 */
export function migrate(db: Database.Database, migrations: readonly SqliteMigration[], location: string): number {
  const latest = migrations.at(-1)?.version ?? 0;
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  const appliedVersion = db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');

  // IMMEDIATE takes the write lock before reading the version, so two processes opening
  // the same new file cannot both apply migration 1.
  const run = db.transaction(() => {
    const current = appliedVersion.get()?.version ?? 0;
    if (current > latest) {
      throw new AnnalistError(
        'store',
        `database schema version ${current} is newer than this annalist knows (${latest}); upgrade annalist to open it`,
        { input: location },
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
    }
    return Math.max(current, latest);
  });
  return run.immediate();
}
