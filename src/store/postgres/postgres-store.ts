// The store at scale: PostgreSQL through a node-postgres pool, shared by every worker
// process. It keeps the SQLite store's contract (store.contract.ts runs on both): one
// transaction per batch, and an article already stored is a duplicate, never stored twice,
// even when two workers save it at the same moment (INSERT … ON CONFLICT DO NOTHING).
// Consolidations from several workers take turns (an advisory lock) and never write an
// older result over a newer one.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ActorRef, Article, ConsolidatedEvent, EventRecord, Span } from '../../contract.js';
import { AnnalistError, describeError } from '../../errors.js';
import {
  eventColumns, mentionsCovered, mentionsWithArticlesSql, storyTermsColumn, storyTermsOf, type ArticleOfMention, type EventColumns,
} from '../consolidation-columns.js';
import { articleFromRow, eventFromRow, type EventRowOf } from '../event-row.js';
import { dateInterval } from '../date-interval.js';
import { foldForSearch, normalizeEventFilter } from '../event-filter.js';
import { otherEvidenceColumn } from '../other-evidence-column.js';
import { redactPassword } from '../redact-location.js';
import type {
  ActorSummary, ArticleWithEvents, ConsolidationChange, ConsolidationInput, Dyad, EventFilter, EventSelection, SaveResult,
  Store, StoreCounts, Timeline, TimelineGroup, TimelineInterval,
} from '../store.js';
import { EVENT_ORDER, EVENTS_FROM, SqlParams, eventWhere } from './event-query.js';
import { migrate } from './migrate.js';
import { createPgPool } from './pg-pool.js';
import { postgresMigrations } from './migrations/index.js';
import { actorSummaries, dyadSummaries, timelineSummary } from './summaries.js';

export interface PostgresStoreOptions {
  /** Connections this process may hold (default 4). */
  maxConnections?: number;
  /**
   * Commit batches without waiting for the disk (synchronous_commit off). Only for a caller
   * that records its own commit afterwards with a synchronous one, as a queue worker does
   * when it completes the job: that later commit flushes the write-ahead log up to itself,
   * batch included, so after a crash either both survive or the job runs again.
   */
  asyncCommit?: boolean;
}

/**
 * Connects to the database at `url` (postgres://…) and brings the schema up to date. Tables
 * go into the first schema on the search path: add `?options=-c%20search_path%3Dname` to
 * the URL to keep annalist in a schema of its own.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const location = redactPassword(url);
  const pool = createPgPool(url, { max: options.maxConnections ?? 4, applicationName: 'annalist' });
  try {
    const client = await pool.connect();
    try {
      await migrate(client, postgresMigrations, location);
    } finally {
      client.release();
    }
  } catch (cause) {
    await pool.end();
    if (cause instanceof AnnalistError) throw cause;
    throw new AnnalistError('store', `cannot open PostgreSQL database: ${describeError(cause)}`, { input: location, cause });
  }
  return new PostgresStore(pool, location, options.asyncCommit ?? false);
}

type EventRow = EventRowOf<string[], Span[]>;

interface ArticleTermsRow {
  id: string;
  story_terms: [string, number][] | null;
  /** Only when story_terms is null. */
  text: string | null;
}

const SELECT_EVENTS = `
SELECT m.*,
  a.name AS actor_name, a.country AS actor_country, a.sector AS actor_sector, a.code AS actor_code,
  r.name AS recipient_name, r.country AS recipient_country, r.sector AS recipient_sector, r.code AS recipient_code
${EVENTS_FROM}`;

// Rows are sorted by id before insertion: concurrent batches then take their row locks in
// the same order and cannot deadlock on each other.
const INSERT_ARTICLES = `
INSERT INTO articles (id, title, published, outlet, url, text, source, story_terms, doc_id, ingested_at)
SELECT *, $10::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::json[], $9::text[])
ORDER BY 1
ON CONFLICT (id) DO NOTHING
RETURNING id`;

// DO UPDATE (a no-op) rather than DO NOTHING so that RETURNING yields existing rows' ids too.
const UPSERT_ACTORS = `
INSERT INTO actors (identity, name, name_folded, country, sector, code)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
ORDER BY 1
ON CONFLICT (identity) DO UPDATE SET identity = excluded.identity
RETURNING id, identity`;

const INSERT_EVENT = {
  name: 'annalist.insert-event',
  text: `
INSERT INTO event_mentions (
  id, article_id, actor_id, actor_text, actor_text_folded, recipient_id, recipient_text, recipient_text_folded,
  cameo, cameo_name, quad_class, goldstein, plover_type, plover_mode,
  date, date_start, date_end, date_source, date_text, status, speaker, outlets, cue, location,
  evidence_start, evidence_end, evidence_text, evidence_text_folded, trigger_start, trigger_end, trigger_text, rule, confidence,
  other_evidence, doc_id, doc_title, doc_url, doc_outlet, doc_published)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22::jsonb,
  $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34::json, $35, $36, $37, $38, $39)`,
};

// Article text travels only for articles stored before story terms existed (see storyTermsOf).
const ARTICLE_TERMS = `
SELECT id, story_terms, CASE WHEN story_terms IS NULL THEN text END AS text FROM articles ORDER BY id`;

const MENTIONS_WITH_ARTICLES = mentionsWithArticlesSql(EVENTS_FROM);

// One lock per schema, as for migrations: every consolidation of this store waits its turn.
const LOCK_CONSOLIDATION = `SELECT pg_advisory_xact_lock(hashtext('annalist.consolidate.' || current_schema()))`;

const SET_STORIES = `
UPDATE articles a SET story = s.story
FROM unnest($1::text[], $2::text[]) AS s (id, story)
WHERE a.id = s.id AND a.story IS DISTINCT FROM s.story`;

const SET_MENTION_EVENTS = `
UPDATE event_mentions m SET event_id = s.event_id
FROM unnest($1::text[], $2::text[]) AS s (id, event_id)
WHERE m.id = s.id AND m.event_id IS DISTINCT FROM s.event_id`;

// The WHERE leaves an unchanged summary's row untouched, so RETURNING lists exactly the rows written.
const UPSERT_EVENTS = `
INSERT INTO events (id, head_mention_id, num_mentions, num_articles, num_sources, first_published, summary)
SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::json[])
ON CONFLICT (id) DO UPDATE SET head_mention_id = excluded.head_mention_id, num_mentions = excluded.num_mentions,
  num_articles = excluded.num_articles, num_sources = excluded.num_sources,
  first_published = excluded.first_published, summary = excluded.summary
WHERE events.summary::text IS DISTINCT FROM excluded.summary::text
RETURNING id`;

const REMOVE_OTHER_EVENTS = `
DELETE FROM events e WHERE NOT EXISTS (SELECT 1 FROM unnest($1::text[]) AS kept (id) WHERE kept.id = e.id)`;

class PostgresStore implements Store {
  constructor(private readonly pool: pg.Pool, private readonly location: string, private readonly asyncCommit: boolean) {}

  async saveBatch(batch: ArticleWithEvents[]): Promise<SaveResult> {
    // The only clock read in annalist's output path: when the batch entered the store.
    const ingestedAt = new Date().toISOString();
    try {
      // One round trip: both statements go in one simple-protocol message.
      return await this.transaction(this.asyncCommit ? 'BEGIN; SET LOCAL synchronous_commit = off' : 'BEGIN',
        (client) => saveInTransaction(client, batch, ingestedAt));
    } catch (cause) {
      throw new AnnalistError('store', `batch not stored (nothing from it was written): ${describeError(cause)}`,
        { input: this.location, cause });
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount === 1;
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.query<Article & { doc_id: string | null }>('SELECT id, title, published, outlet, url, text, source, doc_id FROM articles WHERE id = $1', [id]);
    return rows[0] === undefined ? null : articleFromRow(rows[0]);
  }

  async events(filter: EventFilter = {}): Promise<EventRecord[]> {
    const f = normalizeEventFilter(filter);
    if (f.after !== null && (await this.query('SELECT 1 FROM event_mentions WHERE id = $1', [f.after])).rowCount === 0) {
      throw new AnnalistError('usage', `cursor '${f.after}' names no stored event; start again without it`);
    }
    const params = new SqlParams();
    const where = eventWhere(f, params, { paging: true });
    const sql = [SELECT_EVENTS, where, EVENT_ORDER, f.limit !== null ? `LIMIT ${f.limit}` : ''].join('\n');
    return (await this.query<EventRow>(sql, params.values)).rows.map(eventFromRow);
  }

  async countEvents(filter: EventSelection = {}): Promise<number> {
    const params = new SqlParams();
    const where = eventWhere(normalizeEventFilter(filter), params, { paging: false });
    return (await this.query<{ n: number }>(`SELECT count(*)::int AS n ${EVENTS_FROM} ${where}`, params.values)).rows[0]?.n ?? 0;
  }

  async eventMentions(eventId: string): Promise<EventRecord[]> {
    return (await this.query<EventRow>(`${SELECT_EVENTS} WHERE m.event_id = $1 OR m.id = $1 ${EVENT_ORDER}`, [eventId]))
      .rows.map(eventFromRow);
  }

  async actors(filter: EventSelection = {}, limit?: number): Promise<ActorSummary[]> {
    const f = normalizeEventFilter({ ...filter, limit });
    return this.read(() => actorSummaries(this.pool, f, limit ?? null));
  }

  async dyads(filter: EventSelection = {}, limit?: number): Promise<Dyad[]> {
    const f = normalizeEventFilter({ ...filter, limit });
    return this.read(() => dyadSummaries(this.pool, f, limit ?? null));
  }

  async timeline(filter: EventSelection, interval: TimelineInterval, group: TimelineGroup): Promise<Timeline> {
    const f = normalizeEventFilter(filter);
    return this.read(() => timelineSummary(this.pool, f, interval, group));
  }

  async counts(): Promise<StoreCounts> {
    const { rows } = await this.query<StoreCounts>(`SELECT
      (SELECT count(*) FROM articles)::int AS articles,
      (SELECT count(*) FROM event_mentions)::int AS events,
      (SELECT count(*) FROM actors)::int AS actors`);
    return rows[0] ?? { articles: 0, events: 0, actors: 0 };
  }

  async ingestedAt(id: string): Promise<string | null> {
    const { rows } = await this.query<{ ingested_at: Date }>('SELECT ingested_at FROM articles WHERE id = $1', [id]);
    return rows[0]?.ingested_at.toISOString() ?? null;
  }

  async unconsolidatedMentions(): Promise<number> {
    const { rows } = await this.query<{ n: number }>('SELECT count(*)::int AS n FROM event_mentions WHERE event_id IS NULL');
    return rows[0]?.n ?? 0;
  }

  async consolidationInput(): Promise<ConsolidationInput> {
    // One snapshot for both reads, so every mention's article is among the articles read.
    const snapshot = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
    const { articles, mentions } = await this.read(() => this.transaction(snapshot, async (client) => ({
      articles: (await client.query<ArticleTermsRow>(ARTICLE_TERMS)).rows,
      mentions: (await client.query<EventRow & ArticleOfMention>(MENTIONS_WITH_ARTICLES)).rows,
    })));
    return {
      storyTerms: new Map(articles.map((row) => [row.id, storyTermsOf(row.story_terms, row.text ?? '')])),
      mentions: mentions.map((row) => ({ record: eventFromRow(row), outlet: row.article_outlet, published: row.article_published })),
    };
  }

  async saveConsolidation(stories: ReadonlyMap<string, string>, events: readonly ConsolidatedEvent[]): Promise<ConsolidationChange> {
    try {
      return await this.transaction('BEGIN', (client) => writeConsolidation(client, stories, events));
    } catch (cause) {
      throw new AnnalistError('store', `consolidation not stored (nothing from it was written): ${describeError(cause)}`,
        { input: this.location, cause });
    }
  }

  async consolidatedEvents(filter: EventFilter = {}): Promise<ConsolidatedEvent[]> {
    const f = normalizeEventFilter(filter);
    if (f.after !== null) {
      const { rows } = await this.query<{ head: string }>('SELECT head_mention_id AS head FROM events WHERE id = $1', [f.after]);
      if (rows.length === 0) throw new AnnalistError('usage', `cursor '${f.after}' names no stored event; start again without it`);
      f.after = rows[0].head;
    }
    const params = new SqlParams();
    const where = eventWhere(f, params, { paging: true });
    const sql = [`SELECT e.summary ${EVENTS_FROM} JOIN events e ON e.head_mention_id = m.id`, where, EVENT_ORDER,
      f.limit !== null ? `LIMIT ${f.limit}` : ''].join('\n');
    return (await this.query<{ summary: ConsolidatedEvent }>(sql, params.values)).rows.map((row) => row.summary);
  }

  async consolidatedEvent(id: string): Promise<ConsolidatedEvent | null> {
    return (await this.query<{ summary: ConsolidatedEvent }>('SELECT summary FROM events WHERE id = $1', [id])).rows[0]?.summary ?? null;
  }

  async schemaVersion(): Promise<number> {
    return (await this.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations')).rows[0]?.version ?? 0;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** Runs `run` in a transaction opened by `begin` on a connection of its own; rolls back on any failure. */
  private async transaction<T>(begin: string, run: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await run(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (cause) {
      // A connection that cannot even roll back is broken: the pool must not hand it out again.
      const broken = await client.query('ROLLBACK').then(() => null, (error: Error) => error);
      client.release(broken ?? undefined);
      throw cause;
    }
  }

  private query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<Row>> {
    return this.read(() => this.pool.query<Row>(sql, values));
  }

  /** Runs a read, reporting a database failure as a store error that names the database. */
  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (cause) {
      if (cause instanceof AnnalistError) throw cause;
      throw new AnnalistError('store', `query failed: ${describeError(cause)}`, { input: this.location, cause });
    }
  }
}

async function saveInTransaction(client: pg.ClientBase, batch: ArticleWithEvents[], ingestedAt: string): Promise<SaveResult> {
  // The first occurrence of an id in the batch is the one stored, as in SQLite.
  const firsts = new Map<string, ArticleWithEvents>();
  for (const item of batch) if (!firsts.has(item.article.id)) firsts.set(item.article.id, item);
  const articles = [...firsts.values()].map(({ article }) => article);
  const column = (key: keyof Article) => articles.map((article) => article[key]);
  const { rows } = await client.query<{ id: string }>(INSERT_ARTICLES, [
    column('id'), column('title'), column('published'), column('outlet'), column('url'), column('text'), column('source'),
    articles.map((article) => storyTermsColumn(article.text)), articles.map((article) => article.doc_id ?? null), ingestedAt,
  ]);
  const stored = new Set(rows.map((row) => row.id));

  const result: SaveResult = { inserted: [], duplicates: [] };
  const toInsert: ArticleWithEvents[] = [];
  for (const item of batch) {
    if (stored.has(item.article.id) && firsts.get(item.article.id) === item) {
      result.inserted.push(item.article.id);
      toInsert.push(item);
    } else {
      result.duplicates.push(item.article.id);
    }
  }
  for (const { article, events } of toInsert) {
    for (const event of events) {
      if (event.article_id !== article.id) {
        throw new Error(`event ${event.id} belongs to article ${event.article_id} but came with article ${article.id}`);
      }
    }
  }
  const events = toInsert.flatMap((item) => item.events);
  const actorIds = await upsertActors(client, events);
  for (const event of events) {
    try {
      await client.query({ ...INSERT_EVENT, values: eventValues(event, actorIds) });
    } catch (cause) {
      throw new Error(`event ${event.id}: ${describeError(cause)}`, { cause });
    }
  }
  return result;
}

async function writeConsolidation(
  client: pg.ClientBase, stories: ReadonlyMap<string, string>, events: readonly ConsolidatedEvent[],
): Promise<ConsolidationChange> {
  await client.query(LOCK_CONSOLIDATION);
  // Mentions are never removed, so a consolidation of fewer mentions than the stored one was
  // computed from an older read: another worker's newer result stays.
  const covered = await client.query<{ mentions: number; events: number }>(
    'SELECT (SELECT count(*) FROM event_mentions WHERE event_id IS NOT NULL)::int AS mentions, (SELECT count(*) FROM events)::int AS events');
  const stored = covered.rows[0];
  if (stored.mentions > mentionsCovered(events)) {
    return { events: stored.events, written: 0, removed: 0, restoried: 0, superseded: true };
  }
  const restoried = (await client.query(SET_STORIES, [[...stories.keys()], [...stories.values()]])).rowCount ?? 0;
  const assignments = events.flatMap((event) => event.mentions.map((mention) => [mention.id, event.id] as const));
  await client.query(SET_MENTION_EVENTS, [assignments.map(([mention]) => mention), assignments.map(([, event]) => event)]);
  // Only summaries whose digest differs are sent; the upsert compares the text itself.
  const digests = new Map((await client.query<{ id: string; digest: string }>('SELECT id, md5(summary::text) AS digest FROM events')).rows
    .map((row) => [row.id, row.digest]));
  const changed = events.map(eventColumns)
    .filter((columns) => digests.get(columns.id) !== createHash('md5').update(columns.summary).digest('hex'));
  const column = <K extends keyof EventColumns>(key: K) => changed.map((columns) => columns[key]);
  const written = changed.length === 0 ? 0 : (await client.query(UPSERT_EVENTS, [
    column('id'), column('head_mention_id'), column('num_mentions'), column('num_articles'), column('num_sources'),
    column('first_published'), column('summary'),
  ])).rowCount ?? 0;
  const removed = (await client.query(REMOVE_OTHER_EVENTS, [events.map((event) => event.id)])).rowCount ?? 0;
  return { events: events.length, written, removed, restoried, superseded: false };
}

function actorIdentity(actor: ActorRef): string {
  return JSON.stringify([actor.name, actor.country, actor.sector, actor.code]);
}

/** Every actor of `events` stored once; returns the row id of each identity. */
async function upsertActors(client: pg.ClientBase, events: EventRecord[]): Promise<Map<string, string>> {
  const actors = new Map<string, ActorRef>();
  for (const event of events) {
    for (const actor of [event.actor, event.recipient]) if (actor !== null) actors.set(actorIdentity(actor), actor);
  }
  if (actors.size === 0) return new Map();
  const list = [...actors.entries()];
  const { rows } = await client.query<{ id: string; identity: string }>(UPSERT_ACTORS, [
    list.map(([identity]) => identity),
    list.map(([, actor]) => actor.name),
    list.map(([, actor]) => (actor.name === null ? null : foldForSearch(actor.name))),
    list.map(([, actor]) => actor.country),
    list.map(([, actor]) => actor.sector),
    list.map(([, actor]) => actor.code),
  ]);
  return new Map(rows.map((row) => [row.identity, row.id]));
}

function eventValues(event: EventRecord, actorIds: Map<string, string>): unknown[] {
  const interval = event.date === null ? null : dateInterval(event.date);
  const actorId = (actor: ActorRef | null) => (actor === null ? null : actorIds.get(actorIdentity(actor)) ?? null);
  return [
    event.id, event.article_id,
    actorId(event.actor), event.actor?.text ?? null, event.actor ? foldForSearch(event.actor.text) : null,
    actorId(event.recipient), event.recipient?.text ?? null, event.recipient ? foldForSearch(event.recipient.text) : null,
    event.cameo, event.cameo_name, event.quad_class, event.goldstein, event.plover.type, event.plover.mode,
    event.date, interval?.start ?? null, interval?.end ?? null, event.date_source, event.date_text, event.status,
    event.attribution.speaker, JSON.stringify(event.attribution.outlets), event.attribution.cue, event.location,
    event.evidence.start, event.evidence.end, event.evidence.text, foldForSearch(event.evidence.text),
    event.trigger.start, event.trigger.end, event.trigger.text, event.rule, event.confidence,
    otherEvidenceColumn(event.other_evidence),
    event.doc_id, event.title, event.url, event.outlet, event.published,
  ];
}

