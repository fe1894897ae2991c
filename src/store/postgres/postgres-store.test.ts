// The store contract on the real PostgreSQL server, each test in a fresh schema; then what
// is PostgreSQL's own: migrations under concurrency, and two processes saving one article.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnalistError } from '../../errors.js';
import { TestSchemas } from '../../../test/helpers/postgres.js';
import { makeActor, makeArticle, makeEvent } from '../fixtures.js';
import { openStore } from '../open-store.js';
import { runStoreContract } from '../store.contract.js';
import { postgresMigrations } from './migrations/index.js';
import { openPostgresStore } from './postgres-store.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

runStoreContract('PostgreSQL', async () => openPostgresStore(await schemas.create()));

async function rawQuery<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL migrations', () => {
  it('numbers migrations 1, 2, 3 … without gaps', () => {
    expect(postgresMigrations.map((migration) => migration.version)).toEqual(postgresMigrations.map((_, index) => index + 1));
  });

  it('migrates a new schema once, even when several processes open it at the same moment', async () => {
    const url = await schemas.create();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
    for (const store of stores) expect(await store.schemaVersion()).toBe(postgresMigrations.length);
    await stores[0].saveBatch([{ article: makeArticle(), events: [makeEvent()] }]);
    expect(await stores[3].events()).toEqual([makeEvent()]);
    await Promise.all(stores.map((store) => store.close()));

    expect(await rawQuery(url, 'SELECT version, name FROM schema_migrations ORDER BY version'))
      .toEqual(postgresMigrations.map(({ version, name }) => ({ version, name })));
  });

  it('refuses a schema written by a newer annalist', async () => {
    const url = await schemas.create();
    await (await openPostgresStore(url)).close();
    await rawQuery(url, "INSERT INTO schema_migrations (version, name) VALUES (999, 'from-the-future')");
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnalistError);
    expect((error as AnnalistError).code).toBe('store');
    expect((error as AnnalistError).message).toMatch(/version 999 is newer than this annalist knows \(1\)/);
  });

  it('is what openStore opens for a postgres:// URL', async () => {
    const store = await openStore(await schemas.create());
    expect(await store.schemaVersion()).toBe(postgresMigrations.length);
    await store.close();
  });
});

describe('PostgreSQL asynchronous commit (for queue workers)', () => {
  it('stores and deduplicates as the default store does', async () => {
    const url = await schemas.create();
    const store = await openPostgresStore(url, { asyncCommit: true });
    const batch = [{ article: makeArticle(), events: [makeEvent()] }];
    expect(await store.saveBatch(batch)).toEqual({ inserted: ['article-1'], duplicates: [] });
    expect(await store.saveBatch(batch)).toEqual({ inserted: [], duplicates: ['article-1'] });
    expect(await store.events()).toEqual([makeEvent()]);
    await store.close();
  });
});

describe('PostgreSQL under concurrent writers', () => {
  it('stores an article saved by two connections at once exactly once', async () => {
    const url = await schemas.create();
    const [first, second] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const batch = [{ article: makeArticle(), events: [makeEvent()] }];
    const results = await Promise.all([first.saveBatch(batch), second.saveBatch(batch)]);
    expect(results.map((result) => result.inserted.length).sort()).toEqual([0, 1]);
    expect(results.map((result) => result.duplicates.length).sort()).toEqual([0, 1]);
    expect(await first.counts()).toEqual({ articles: 1, events: 1, actors: 2 });
    await Promise.all([first.close(), second.close()]);
  });

  it('does not deadlock when batches meet the same new actors in different orders', async () => {
    const url = await schemas.create();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
    const people = ['Ana', 'Ben', 'Carla', 'Dmitri', 'Eun', 'Farid'].map((name) => makeActor({ text: name, name }));
    // Store n meets the people rotated by n: taken as met, the actor rows would be locked in crossing orders.
    const batches = stores.map((_, n) => people.map((__, k) => {
      const id = `a${n}-${k}`;
      const actor = people[(k + n) % people.length];
      const recipient = people[(k + n + 3) % people.length];
      return { article: makeArticle({ id }), events: [makeEvent({ id: `${id}:1`, article_id: id, actor, recipient })] };
    }));
    await Promise.all(stores.map((store, n) => store.saveBatch(batches[n])));
    expect(await stores[0].counts()).toEqual({ articles: 24, events: 24, actors: 6 });
    await Promise.all(stores.map((store) => store.close()));
  });
});
