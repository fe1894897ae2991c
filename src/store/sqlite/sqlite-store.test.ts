import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnalistError } from '../../errors.js';
import { makeArticle, makeEvent } from '../fixtures.js';
import { openStore } from '../open-store.js';
import { runStoreContract } from '../store.contract.js';
import { sqliteMigrations } from './migrations/index.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'annalist-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `store-${++files}.db`);

runStoreContract('SQLite', async () => openSqliteStore(freshPath()));

describe('SQLite migrations', () => {
  it('numbers migrations 1, 2, 3 … without gaps', () => {
    expect(sqliteMigrations.map((migration) => migration.version)).toEqual(sqliteMigrations.map((_, index) => index + 1));
  });

  it('migrates a new file once and reopens it without migrating again', async () => {
    const path = freshPath();
    const first = openSqliteStore(path);
    expect(await first.schemaVersion()).toBe(sqliteMigrations.length);
    await first.saveBatch([{ article: makeArticle(), events: [makeEvent()] }]);
    await first.close();

    const second = openSqliteStore(path);
    expect(await second.schemaVersion()).toBe(sqliteMigrations.length);
    expect(await second.events()).toEqual([makeEvent()]);
    await second.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all())
      .toEqual(sqliteMigrations.map(({ version, name }) => ({ version, name })));
    raw.close();
  });

  it('leaves the file in WAL mode, so readers and a writer can share it', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    await store.close();
  });

  it('refuses a database written by a newer annalist', async () => {
    const path = freshPath();
    await openSqliteStore(path).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(999, 'from-the-future');
    raw.close();

    const error = (() => {
      try {
        openSqliteStore(path);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AnnalistError);
    expect((error as AnnalistError).code).toBe('store');
    expect((error as AnnalistError).message).toMatch(/version 999 is newer than this annalist knows \(1\)/);
  });

  it('reports a file that is not a database as a store error', () => {
    const path = freshPath();
    writeFileSync(path, 'this is not SQLite, just text that is long enough to have a header. '.repeat(10));
    expect(() => openSqliteStore(path)).toThrow(AnnalistError);
  });

  it('reports a missing directory as a store error', () => {
    expect(() => openSqliteStore(join(dir, 'no', 'such', 'dir.db'))).toThrow(/cannot open SQLite database/);
  });
});

describe('openStore', () => {
  it('opens a SQLite path', async () => {
    const store = await openStore(freshPath());
    expect(await store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
    await store.close();
  });

  it('says PostgreSQL is not available yet, without echoing the password', async () => {
    const error = await openStore('postgres://annalist:s3cret@db.example/annalist').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnalistError);
    expect((error as AnnalistError).code).toBe('store');
    expect((error as AnnalistError).message).toMatch(/PostgreSQL store is not available yet/);
    expect((error as AnnalistError).message).not.toMatch(/s3cret/);
  });

  it('rejects an unknown scheme', async () => {
    await expect(openStore('mysql://localhost/x')).rejects.toMatchObject({ code: 'usage' });
  });
});
