import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnalistError } from '../../errors.js';
import { makeArticle, makeEvent } from '../fixtures.js';
import { openStore } from '../open-store.js';
import { runStoreContract } from '../store.contract.js';
import { runConsolidationContract } from '../consolidation.contract.js';
import { migrate } from './migrate.js';
import { sqliteMigrations } from './migrations/index.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'annalist-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `store-${++files}.db`);

runStoreContract('SQLite', async () => openSqliteStore(freshPath()));
runConsolidationContract('SQLite', async () => openSqliteStore(freshPath()));

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

  it('migrates a version 1 database to date_source narrative, keeping its events', async () => {
    const path = freshPath();
    const raw = new Database(path);
    migrate(raw, sqliteMigrations.slice(0, 1), path);
    raw.exec(`INSERT INTO articles VALUES ('old', NULL, NULL, NULL, NULL, 'Old text.', 'old.txt', '2025-01-01T00:00:00Z');
      INSERT INTO event_mentions (id, article_id, cameo, cameo_name, quad_class, goldstein, plover_type, date, date_start, date_end,
        date_source, status, outlets, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, trigger_text, rule, confidence)
      VALUES ('old:0', 'old', '041', 'Discuss by telephone', 1, 1, 'CONSULT', '2018-09', '2018-09-01', '2018-09-30',
        'text', 'asserted', '[]', 0, 9, 'Old text.', 0, 3, 'Old', '041.phone-call.v1', 0.5)`);
    raw.close();

    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(sqliteMigrations.length);
    expect((await store.events()).map((event) => [event.id, event.date, event.other_evidence])).toEqual([['old:0', '2018-09', []]]);
    const narrative = makeEvent({ id: 'new:0', article_id: 'new', date_source: 'narrative' });
    await store.saveBatch([{ article: makeArticle({ id: 'new' }), events: [narrative] }]);
    expect(await store.eventMentions('new:0')).toEqual([narrative]);
    expect(await store.events({ until: '2018-09-01' })).toHaveLength(2);
    await store.close();
  });

  it('gives the mentions stored before other_evidence and provenance existed an empty one and their article\'s source, and rebuilds their events', async () => {
    const path = freshPath();
    const raw = new Database(path);
    migrate(raw, sqliteMigrations.slice(0, 3), path);
    const summary = { id: 'ev', head_mention: 'old:0', mentions: [{ id: 'old:0', rule: 'r' }, { id: 'old:1', rule: 'r' }] };
    raw.exec(`INSERT INTO articles (id, text, source, ingested_at) VALUES ('old', 'Old text.', 'old.txt', '2025-01-01T00:00:00Z');
      INSERT INTO event_mentions (id, article_id, cameo, cameo_name, quad_class, goldstein, plover_type,
        date_source, status, outlets, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, trigger_text, rule, confidence)
      VALUES ('old:0', 'old', '041', 'Discuss by telephone', 1, 1, 'CONSULT', 'none', 'asserted', '[]', 0, 9, 'Old text.', 0, 3, 'Old', 'r', 0.5)`);
    raw.prepare(`INSERT INTO events (id, head_mention_id, num_mentions, num_articles, num_sources, summary)
      VALUES ('ev', 'old:0', 2, 1, 1, ?)`).run(JSON.stringify(summary));
    raw.close();

    const store = openSqliteStore(path);
    // The events' summaries lack provenance: they are dropped, and `events` or `serve` consolidates again (consolidateIfBehind).
    expect(await store.consolidatedEvent('ev')).toBeNull();
    expect(await store.unconsolidatedMentions()).toBe(1);
    expect((await store.events())[0]).toMatchObject({ other_evidence: [], doc_id: 'old.txt', title: null, url: null });
    await store.close();
  });

  it('rewrites story terms stored as an object into [term, count] pairs, keeping every term', async () => {
    const path = freshPath();
    const raw = new Database(path);
    migrate(raw, sqliteMigrations.slice(0, 4), path);
    raw.exec(`INSERT INTO articles (id, text, source, ingested_at, story_terms) VALUES
      ('old', 'Old text.', 'old.txt', '2025-01-01T00:00:00Z', '{"2005": 1, "maduro": 3}'),
      ('none', 'None.', 'none.txt', '2025-01-01T00:00:00Z', '{}')`);
    raw.close();

    const store = openSqliteStore(path);
    const input = await store.consolidationInput();
    expect(new Map(input.storyTerms.get('old'))).toEqual(new Map([['2005', 1], ['maduro', 3]]));
    expect(new Map(input.storyTerms.get('none'))).toEqual(new Map());
    await store.close();
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
    expect((error as AnnalistError).message).toMatch(new RegExp(`version 999 is newer than this annalist knows \\(${sqliteMigrations.length}\\)`));
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

  it('reports a PostgreSQL server it cannot reach as a store error, without echoing the password', async () => {
    // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
    const error = await openStore('postgres://annalist:s3cret@127.0.0.1:1/annalist').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnalistError);
    expect((error as AnnalistError).code).toBe('store');
    expect((error as AnnalistError).message).toMatch(/^postgres:\/\/annalist:\*\*\*@127\.0\.0\.1:1\/annalist: cannot open PostgreSQL database/);
    expect((error as AnnalistError).message).not.toMatch(/s3cret/);
  });

  it('rejects an unknown scheme', async () => {
    await expect(openStore('mysql://localhost/x')).rejects.toMatchObject({ code: 'usage' });
  });
});
