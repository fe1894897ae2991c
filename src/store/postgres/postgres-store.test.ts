// The store contract on the real PostgreSQL server, each test in a fresh schema; then what
// is PostgreSQL's own: migrations under concurrency, two processes saving one article, and
// several workers consolidating at once.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { consolidateStore } from '../../consolidate/consolidate-store.js';
import { loadConsolidationLexicons } from '../../lexicons.js';
import { storyTerms } from '../../consolidate/story-terms.js';
import { AnnalistError } from '../../errors.js';
import { TestSchemas } from '../../../test/helpers/postgres.js';
import { runConsolidationContract } from '../consolidation.contract.js';
import { FIXTURE_TEXT, makeActor, makeArticle, makeEvent } from '../fixtures.js';
import { openStore } from '../open-store.js';
import { runStoreContract } from '../store.contract.js';
import { migrate } from './migrate.js';
import { postgresMigrations } from './migrations/index.js';
import { openPostgresStore } from './postgres-store.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

runStoreContract('PostgreSQL', async () => openPostgresStore(await schemas.create()));
runConsolidationContract('PostgreSQL', async () => openPostgresStore(await schemas.create()));

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
    expect((error as AnnalistError).message).toContain(`version 999 is newer than this annalist knows (${postgresMigrations.length})`);
  });

  it('upgrades a version 1 schema and reads the story terms of its articles from their text', async () => {
    const url = await schemas.create();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrate(client, postgresMigrations.slice(0, 1), url);
    await client.query(`INSERT INTO articles (id, title, published, outlet, url, text, source, ingested_at)
      VALUES ('old', NULL, '2019-12-09', 'The Washington Post', NULL, $1, 'old.txt', now())`, [FIXTURE_TEXT]);
    await client.end();

    const store = await openPostgresStore(url);
    expect(await store.schemaVersion()).toBe(postgresMigrations.length);
    await store.saveBatch([{ article: makeArticle({ id: 'new' }), events: [] }]);
    const input = await store.consolidationInput();
    expect(new Map(input.storyTerms.get('old'))).toEqual(storyTerms(FIXTURE_TEXT));
    expect(new Map(input.storyTerms.get('new'))).toEqual(storyTerms(FIXTURE_TEXT));
    expect((await rawQuery<{ stored: boolean }>(url, "SELECT story_terms IS NOT NULL AS stored FROM articles WHERE id = 'new'"))[0].stored).toBe(true);
    await store.close();
  });

  it('gives the mentions stored before other_evidence and provenance existed an empty one and their article\'s source, and rebuilds their events', async () => {
    const url = await schemas.create();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrate(client, postgresMigrations.slice(0, 2), url);
    const summary = { id: 'ev', head_mention: 'old:0', mentions: [{ id: 'old:0', rule: 'r' }, { id: 'old:1', rule: 'r' }] };
    await client.query(`INSERT INTO articles (id, text, source, ingested_at) VALUES ('old', 'Old text.', 'old.txt', now())`);
    await client.query(`INSERT INTO event_mentions (id, article_id, cameo, cameo_name, quad_class, goldstein, plover_type,
        date_source, status, outlets, evidence_start, evidence_end, evidence_text, evidence_text_folded, trigger_start, trigger_end, trigger_text, rule, confidence)
      VALUES ('old:0', 'old', '041', 'Discuss by telephone', 1, 1, 'CONSULT', 'none', 'asserted', '[]', 0, 9, 'Old text.', 'old text.', 0, 3, 'Old', 'r', 0.5)`);
    await client.query(`INSERT INTO events (id, head_mention_id, num_mentions, num_articles, num_sources, summary)
      VALUES ('ev', 'old:0', 2, 1, 1, $1)`, [JSON.stringify(summary)]);
    await client.end();

    const store = await openPostgresStore(url);
    // The events' summaries lack provenance: they are dropped, and `events` or `serve` consolidates again (consolidateIfBehind).
    expect(await store.consolidatedEvent('ev')).toBeNull();
    expect(await store.unconsolidatedMentions()).toBe(1);
    expect((await store.events())[0]).toMatchObject({ other_evidence: [], doc_id: 'old.txt', title: null, url: null });
    await store.close();
  });

  it('rewrites story terms stored as an object into [term, count] pairs, keeping every term', async () => {
    const url = await schemas.create();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await migrate(client, postgresMigrations.slice(0, 3), url);
    await client.query(`INSERT INTO articles (id, text, source, ingested_at, story_terms) VALUES
      ('old', 'Old text.', 'old.txt', now(), '{"2005": 1, "maduro": 3}'), ('none', 'None.', 'none.txt', now(), '{}')`);
    await client.end();

    const store = await openPostgresStore(url);
    const input = await store.consolidationInput();
    expect(new Map(input.storyTerms.get('old'))).toEqual(new Map([['2005', 1], ['maduro', 3]]));
    expect(new Map(input.storyTerms.get('none'))).toEqual(new Map());
    await store.close();
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

describe('PostgreSQL under concurrent consolidations', () => {
  const lexicons = loadConsolidationLexicons();
  const report = (id: string, outlet: string, published: string) => ({
    article: makeArticle({ id, outlet, published, text: `${FIXTURE_TEXT} (${outlet})` }),
    events: [makeEvent({ id: `${id}:call`, article_id: id })],
  });

  it('makes a consolidation wait while another holds the store', async () => {
    const url = await schemas.create();
    const store = await openPostgresStore(url);
    await store.saveBatch([report('post', 'The Washington Post', '2019-12-09')]);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('annalist.consolidate.' || current_schema()))`);
    const consolidation = consolidateStore(store, lexicons);
    // The store's connection shows up waiting on the advisory lock (seen from outside the
    // holder's transaction, whose view of the activity is fixed); nothing is written meanwhile.
    for (;;) {
      const waiting = await rawQuery(url, `SELECT 1 FROM pg_locks l JOIN pg_stat_activity s ON s.pid = l.pid
        WHERE l.locktype = 'advisory' AND NOT l.granted AND s.query LIKE '%annalist.consolidate.%'`);
      if (waiting.length > 0) break;
    }
    expect(await holder.query('SELECT count(*)::int AS n FROM events').then((r) => r.rows[0].n)).toBe(0);
    await holder.query('COMMIT');
    await holder.end();
    expect(await consolidation).toMatchObject({ events: 1, written: 1, superseded: false });
    await store.close();
  });

  it('ends with the consolidation of everything stored when workers save and consolidate at once', async () => {
    const url = await schemas.create();
    const outlets = ['The Washington Post', 'The Hill', 'Reuters', 'The New York Times', 'AP', 'Bloomberg'];
    const workers = await Promise.all(outlets.map(() => openPostgresStore(url)));
    const changes = await Promise.all(workers.map(async (worker, n) => {
      await worker.saveBatch([report(`r${n}`, outlets[n], `2019-12-${String(9 + n).padStart(2, '0')}`)]);
      return consolidateStore(worker, lexicons);
    }));
    // Whoever read last wrote last or found its result already there; nothing older won.
    expect(changes.some((change) => !change.superseded && change.written > 0)).toBe(true);
    const [event] = await workers[0].consolidatedEvents();
    expect(event).toMatchObject({ num_mentions: outlets.length, num_articles: outlets.length, num_sources: outlets.length });
    expect(await consolidateStore(workers[0], lexicons)).toMatchObject({ events: 1, written: 0, removed: 0, restoried: 0 });
    await Promise.all(workers.map((worker) => worker.close()));
  });
});
