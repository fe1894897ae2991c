// The embedded store: one SQLite file through better-sqlite3. Its calls are synchronous;
// the Store methods are async only so that every backend shares one interface.
import Database from 'better-sqlite3';
import type { ActorRef, Article, ConsolidatedEvent, EventRecord } from '../../contract.js';
import { AnnalistError, describeError } from '../../errors.js';
import {
  eventColumns, mentionsCovered, mentionsWithArticlesSql, storyTermsColumn, storyTermsOf, type ArticleOfMention,
} from '../consolidation-columns.js';
import { articleFromRow, eventFromRow, type EventRowOf } from '../event-row.js';
import { dateInterval } from '../date-interval.js';
import { foldForSearch, normalizeEventFilter } from '../event-filter.js';
import { otherEvidenceColumn } from '../other-evidence-column.js';
import type { TermCounts } from '../../consolidate/story-terms.js';
import type {
  ActorSummary, ArticleWithEvents, ConsolidationChange, ConsolidationInput, Dyad, EventFilter, EventSelection, SaveResult,
  Store, StoreCounts, Timeline, TimelineGroup, TimelineInterval,
} from '../store.js';
import { EVENT_ORDER, EVENTS_FROM, eventWhere, type SqlParams } from './event-query.js';
import { migrate } from './migrate.js';
import { sqliteMigrations } from './migrations/index.js';
import { actorSummaries, dyadSummaries, timelineSummary } from './summaries.js';

/** Opens (creating if needed) the SQLite database at `path` and brings its schema up to date. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new AnnalistError('store', `cannot open SQLite database: ${describeError(cause)}`, { input: path, cause });
  }
  try {
    // WAL lets `annalist serve` read while an ingest writes; NORMAL sync is safe under WAL.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQLite's lower() folds ASCII only; text search must fold "É" as foldForSearch does.
    db.function('annalist_fold', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? foldForSearch(text) : null);
    migrate(db, sqliteMigrations, path);
  } catch (cause) {
    db.close();
    if (cause instanceof AnnalistError) throw cause;
    throw new AnnalistError('store', `cannot open SQLite database: ${describeError(cause)}`, { input: path, cause });
  }
  return new SqliteStore(db, path);
}

type EventRow = EventRowOf<string, string>;

const SELECT_EVENTS = `
SELECT m.*,
  a.name AS actor_name, a.country AS actor_country, a.sector AS actor_sector, a.code AS actor_code,
  r.name AS recipient_name, r.country AS recipient_country, r.sector AS recipient_sector, r.code AS recipient_code
${EVENTS_FROM}`;

class SqliteStore implements Store {
  private readonly insertArticle;
  private readonly upsertActor;
  private readonly insertEvent;
  private readonly selectArticle;
  private readonly articleExists;
  private readonly eventExists;
  private readonly save;

  constructor(private readonly db: Database.Database, private readonly location: string) {
    this.insertArticle = db.prepare(`
      INSERT INTO articles (id, title, published, outlet, url, text, source, doc_id, ingested_at, story_terms)
      VALUES (@id, @title, @published, @outlet, @url, @text, @source, @doc_id, @ingested_at, @story_terms)`);
    // DO UPDATE (a no-op) rather than DO NOTHING so that RETURNING yields the existing row's id.
    this.upsertActor = db.prepare<[Record<string, unknown>], { id: number }>(`
      INSERT INTO actors (identity, name, name_folded, country, sector, code)
      VALUES (@identity, @name, @name_folded, @country, @sector, @code)
      ON CONFLICT (identity) DO UPDATE SET identity = excluded.identity
      RETURNING id`);
    this.insertEvent = db.prepare(`
      INSERT INTO event_mentions (
        id, article_id, actor_id, actor_text, actor_text_folded, recipient_id, recipient_text, recipient_text_folded,
        cameo, cameo_name, quad_class, goldstein, plover_type, plover_mode,
        date, date_start, date_end, date_source, date_text, status, speaker, outlets, cue, location,
        evidence_start, evidence_end, evidence_text, other_evidence, trigger_start, trigger_end, trigger_text, rule, confidence,
        doc_id, doc_title, doc_url, doc_outlet, doc_published)
      VALUES (
        @id, @article_id, @actor_id, @actor_text, @actor_text_folded, @recipient_id, @recipient_text, @recipient_text_folded,
        @cameo, @cameo_name, @quad_class, @goldstein, @plover_type, @plover_mode,
        @date, @date_start, @date_end, @date_source, @date_text, @status, @speaker, @outlets, @cue, @location,
        @evidence_start, @evidence_end, @evidence_text, @other_evidence, @trigger_start, @trigger_end, @trigger_text, @rule, @confidence,
        @doc_id, @doc_title, @doc_url, @doc_outlet, @doc_published)`);
    this.selectArticle = db.prepare<[string], Article>(
      'SELECT id, title, published, outlet, url, text, source, doc_id FROM articles WHERE id = ?');
    this.articleExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM articles WHERE id = ?');
    this.eventExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM event_mentions WHERE id = ?');
    this.save = db.transaction((batch: ArticleWithEvents[], ingestedAt: string): SaveResult => {
      const result: SaveResult = { inserted: [], duplicates: [] };
      for (const { article, events } of batch) {
        // Checked inside the transaction, so an id earlier in this batch counts as present.
        if (this.articleExists.get(article.id)) {
          result.duplicates.push(article.id);
          continue;
        }
        this.insertArticle.run({ ...articleColumns(article), ingested_at: ingestedAt, story_terms: storyTermsColumn(article.text) });
        for (const event of events) this.saveEvent(article.id, event);
        result.inserted.push(article.id);
      }
      return result;
    });
  }

  async saveBatch(batch: ArticleWithEvents[]): Promise<SaveResult> {
    // The only clock read in annalist's output path: when the batch entered the store.
    const ingestedAt = new Date().toISOString();
    try {
      return this.save(batch, ingestedAt);
    } catch (cause) {
      throw new AnnalistError('store', `batch not stored (nothing from it was written): ${describeError(cause)}`,
        { input: this.location, cause });
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.articleExists.get(id) !== undefined;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.selectArticle.get(id) as (Article & { doc_id: string | null }) | undefined;
    return row === undefined ? null : articleFromRow(row);
  }

  async events(filter: EventFilter = {}): Promise<EventRecord[]> {
    const f = normalizeEventFilter(filter);
    if (f.after !== null && !this.eventExists.get(f.after)) {
      throw new AnnalistError('usage', `cursor '${f.after}' names no stored event; start again without it`);
    }
    const where = eventWhere(f, { paging: true });
    const sql = [SELECT_EVENTS, where.sql, EVENT_ORDER, f.limit !== null ? `LIMIT ${f.limit}` : ''].join('\n');
    return this.db.prepare<[SqlParams], EventRow>(sql).all(where.params).map(eventFromRow);
  }

  async countEvents(filter: EventSelection = {}): Promise<number> {
    const where = eventWhere(normalizeEventFilter(filter), { paging: false });
    return this.db.prepare<[SqlParams], { n: number }>(`SELECT count(*) AS n ${EVENTS_FROM} ${where.sql}`)
      .get(where.params)?.n ?? 0;
  }

  async eventMentions(eventId: string): Promise<EventRecord[]> {
    return this.db.prepare<[string, string], EventRow>(`${SELECT_EVENTS} WHERE m.event_id = ? OR m.id = ? ${EVENT_ORDER}`)
      .all(eventId, eventId).map(eventFromRow);
  }

  async actors(filter: EventSelection = {}, limit?: number): Promise<ActorSummary[]> {
    return actorSummaries(this.db, normalizeEventFilter({ ...filter, limit }), limit ?? null);
  }

  async dyads(filter: EventSelection = {}, limit?: number): Promise<Dyad[]> {
    return dyadSummaries(this.db, normalizeEventFilter({ ...filter, limit }), limit ?? null);
  }

  async timeline(filter: EventSelection, interval: TimelineInterval, group: TimelineGroup): Promise<Timeline> {
    return timelineSummary(this.db, normalizeEventFilter(filter), interval, group);
  }

  async counts(): Promise<StoreCounts> {
    const count = (table: string) =>
      this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0;
    return { articles: count('articles'), events: count('event_mentions'), actors: count('actors') };
  }

  async ingestedAt(id: string): Promise<string | null> {
    return this.db.prepare<[string], { ingested_at: string }>('SELECT ingested_at FROM articles WHERE id = ?').get(id)?.ingested_at ?? null;
  }

  async unconsolidatedMentions(): Promise<number> {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM event_mentions WHERE event_id IS NULL').get()?.n ?? 0;
  }

  async consolidationInput(): Promise<ConsolidationInput> {
    const articles = this.db.prepare<[], { id: string; text: string; story_terms: string | null }>(
      'SELECT id, text, story_terms FROM articles ORDER BY id');
    const mentions = this.db.prepare<[], EventRow & ArticleOfMention>(mentionsWithArticlesSql(EVENTS_FROM));
    // One read transaction: another process's batch lands wholly before both reads or after them.
    return this.db.transaction((): ConsolidationInput => {
      const storyTermsById = new Map<string, TermCounts>();
      for (const row of articles.iterate()) storyTermsById.set(row.id, storyTermsOf(row.story_terms, row.text));
      return {
        storyTerms: storyTermsById,
        mentions: mentions.all().map((row) => ({ record: eventFromRow(row), outlet: row.article_outlet, published: row.article_published })),
      };
    })();
  }

  async saveConsolidation(stories: ReadonlyMap<string, string>, events: readonly ConsolidatedEvent[]): Promise<ConsolidationChange> {
    try {
      return this.writeConsolidation(stories, events);
    } catch (cause) {
      throw new AnnalistError('store', `consolidation not stored (nothing from it was written): ${describeError(cause)}`,
        { input: this.location, cause });
    }
  }

  async consolidatedEvents(filter: EventFilter = {}): Promise<ConsolidatedEvent[]> {
    const f = normalizeEventFilter(filter);
    if (f.after !== null) {
      const head = this.db.prepare<[string], { head: string }>('SELECT head_mention_id AS head FROM events WHERE id = ?').get(f.after);
      if (!head) throw new AnnalistError('usage', `cursor '${f.after}' names no stored event; start again without it`);
      f.after = head.head;
    }
    const where = eventWhere(f, { paging: true });
    const sql = [`SELECT e.summary ${EVENTS_FROM} JOIN events e ON e.head_mention_id = m.id`, where.sql, EVENT_ORDER,
      f.limit !== null ? `LIMIT ${f.limit}` : ''].join('\n');
    return this.db.prepare<[SqlParams], { summary: string }>(sql).all(where.params)
      .map((row) => JSON.parse(row.summary) as ConsolidatedEvent);
  }

  async consolidatedEvent(id: string): Promise<ConsolidatedEvent | null> {
    const row = this.db.prepare<[string], { summary: string }>('SELECT summary FROM events WHERE id = ?').get(id);
    return row ? JSON.parse(row.summary) as ConsolidatedEvent : null;
  }

  async schemaVersion(): Promise<number> {
    return this.db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations')
      .get()?.version ?? 0;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private writeConsolidation(stories: ReadonlyMap<string, string>, events: readonly ConsolidatedEvent[]): ConsolidationChange {
    const setStory = this.db.prepare('UPDATE articles SET story = ? WHERE id = ? AND story IS NOT ?');
    const setEvent = this.db.prepare('UPDATE event_mentions SET event_id = ? WHERE id = ? AND event_id IS NOT ?');
    const existing = this.db.prepare<[], { id: string; summary: string }>('SELECT id, summary FROM events');
    const upsert = this.db.prepare(`
      INSERT INTO events (id, head_mention_id, num_mentions, num_articles, num_sources, first_published, summary)
      VALUES (@id, @head_mention_id, @num_mentions, @num_articles, @num_sources, @first_published, @summary)
      ON CONFLICT (id) DO UPDATE SET head_mention_id = excluded.head_mention_id, num_mentions = excluded.num_mentions,
        num_articles = excluded.num_articles, num_sources = excluded.num_sources,
        first_published = excluded.first_published, summary = excluded.summary`);
    const remove = this.db.prepare('DELETE FROM events WHERE id = ?');
    const covered = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM event_mentions WHERE event_id IS NOT NULL');
    const stored = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events');
    return this.db.transaction((): ConsolidationChange => {
      // Another process consolidated a later read of the store first: keep its result.
      if ((covered.get()?.n ?? 0) > mentionsCovered(events)) {
        return { events: stored.get()?.n ?? 0, written: 0, removed: 0, restoried: 0, superseded: true };
      }
      let restoried = 0;
      for (const [article, story] of stories) restoried += setStory.run(story, article, story).changes;
      const before = new Map(existing.all().map((row) => [row.id, row.summary]));
      let written = 0;
      for (const event of events) {
        const columns = eventColumns(event);
        for (const mention of event.mentions) setEvent.run(event.id, mention.id, event.id);
        if (before.get(event.id) === columns.summary) continue;
        upsert.run(columns);
        written++;
      }
      const kept = new Set(events.map((event) => event.id));
      let removed = 0;
      for (const id of before.keys()) if (!kept.has(id)) removed += remove.run(id).changes;
      return { events: events.length, written, removed, restoried, superseded: false };
    }).immediate();
  }

  private saveEvent(articleId: string, event: EventRecord): void {
    if (event.article_id !== articleId) {
      throw new Error(`event ${event.id} belongs to article ${event.article_id} but came with article ${articleId}`);
    }
    try {
      this.insertEventRow(event);
    } catch (cause) {
      throw new Error(`event ${event.id}: ${describeError(cause)}`, { cause });
    }
  }

  private insertEventRow(event: EventRecord): void {
    const interval = event.date === null ? null : dateInterval(event.date);
    this.insertEvent.run({
      id: event.id,
      article_id: event.article_id,
      actor_id: this.actorId(event.actor),
      actor_text: event.actor?.text ?? null,
      actor_text_folded: event.actor ? foldForSearch(event.actor.text) : null,
      recipient_id: this.actorId(event.recipient),
      recipient_text: event.recipient?.text ?? null,
      recipient_text_folded: event.recipient ? foldForSearch(event.recipient.text) : null,
      cameo: event.cameo,
      cameo_name: event.cameo_name,
      quad_class: event.quad_class,
      goldstein: event.goldstein,
      plover_type: event.plover.type,
      plover_mode: event.plover.mode,
      date: event.date,
      date_start: interval?.start ?? null,
      date_end: interval?.end ?? null,
      date_source: event.date_source,
      date_text: event.date_text,
      status: event.status,
      speaker: event.attribution.speaker,
      outlets: JSON.stringify(event.attribution.outlets),
      cue: event.attribution.cue,
      location: event.location,
      evidence_start: event.evidence.start,
      evidence_end: event.evidence.end,
      evidence_text: event.evidence.text,
      doc_id: event.doc_id,
      doc_title: event.title,
      doc_url: event.url,
      doc_outlet: event.outlet,
      doc_published: event.published,
      other_evidence: otherEvidenceColumn(event.other_evidence),
      trigger_start: event.trigger.start,
      trigger_end: event.trigger.end,
      trigger_text: event.trigger.text,
      rule: event.rule,
      confidence: event.confidence,
    });
  }

  private actorId(actor: ActorRef | null): number | null {
    if (actor === null) return null;
    const row = this.upsertActor.get({
      identity: JSON.stringify([actor.name, actor.country, actor.sector, actor.code]),
      name: actor.name,
      name_folded: actor.name === null ? null : foldForSearch(actor.name),
      country: actor.country,
      sector: actor.sector,
      code: actor.code,
    });
    if (row === undefined) throw new Error(`actor ${actor.text}: upsert returned no id`);
    return row.id;
  }
}

function articleColumns(article: Article): Omit<Article, 'doc_id'> & { doc_id: string | null } {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    url: article.url,
    text: article.text,
    source: article.source,
    doc_id: article.doc_id ?? null,
  };
}

