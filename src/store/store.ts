// The storage interface. SQLite implements it today; PostgreSQL will implement the same
// contract (src/store/store.contract.ts runs one suite against every backend), so it is
// asynchronous even where better-sqlite3 is not. Where an order is on text, it is code-point
// order (SQLite's BINARY collation; COLLATE "C" in PostgreSQL).
import type { Article, ConsolidatedEvent, EventRecord, EventStatus } from '../contract.js';
import type { StoredMention } from '../consolidate/stored-mention.js';
import type { TermCounts } from '../consolidate/story-terms.js';

export interface EventFilter {
  /** Matches actor or recipient: canonical name, text as written (case-insensitive substring) or CAMEO actor code prefix. */
  actor?: string;
  /** Matches actor or recipient exactly by actor key (see ActorSummary.key): what a click on an actor selects. */
  actorKey?: string;
  /** ISO-3 code of actor or recipient. */
  country?: string;
  /** Sector of actor or recipient (GOV, MIL, IGO…). */
  sector?: string;
  /** CAMEO event code prefix: "04" matches 040–046 and their sub-codes. */
  code?: string;
  /** PLOVER event type, such as CONSULT (case-insensitive). */
  plover?: string;
  quadClass?: 1 | 2 | 3 | 4;
  status?: EventStatus;
  /** Case-insensitive substring of the evidence sentence. */
  text?: string;
  /** Events of this article only (its id). */
  article?: string;
  /** Inclusive ISO date bounds on the event date (compared at the event's granularity). */
  since?: string;
  until?: string;
  /**
   * Only the mention that speaks for each consolidated event (its head): lists, counts and
   * summaries then count events, not reports of them. Mentions not consolidated yet drop out.
   */
  headsOnly?: boolean;
  /** Cursor: only events that come after the event with this id in events() order; an unknown id is a 'usage' error. */
  after?: string;
  limit?: number;
}

/** The events a summary (actors, dyads, timeline) is computed over: a filter without paging. */
export type EventSelection = Omit<EventFilter, 'after' | 'limit'>;

/**
 * Actors are grouped by key: the canonical name when there is one ("Nicolás Maduro", whatever
 * his sector on each date), otherwise the CAMEO actor code ("USAGOV" for an unnamed "Washington").
 * Actors with neither name nor code have no key and are left out of actors() and dyads().
 */
export interface ActorSummary {
  key: string;
  name: string | null;
  /** Event mentions where the actor is actor or recipient (an event naming it on both sides counts once). */
  events: number;
  /** Every text the actor was written as, most frequent first (ties in code-point order). */
  aliases: string[];
  /**
   * Each coding (code, country, sector) seen for the actor, with the days its dated events span:
   * its roles over time. Ordered by `first` (codings with no dated event last), then code,
   * country and sector.
   */
  roles: ActorRole[];
}

export interface ActorRole {
  code: string | null;
  country: string | null;
  sector: string | null;
  /** Event mentions coded this way. */
  events: number;
  /** First day covered by the earliest and last day covered by the latest dated event (YYYY-MM-DD); null when none is dated. */
  first: string | null;
  last: string | null;
}

/** Directed pair: events with actor `source` and recipient `target`, counted by QuadClass. */
export interface Dyad {
  source: string;
  target: string;
  events: number;
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
}

export type TimelineInterval = 'day' | 'week' | 'month';
export type TimelineGroup = 'quad_class' | 'plover';

export interface TimelineBucket {
  /** First day of the period (YYYY-MM-DD); weeks start on Monday. */
  period: string;
  /** The QuadClass ("1"–"4") or the PLOVER type. */
  group: string;
  events: number;
}

/**
 * Events placed by the first day their date covers. An event whose date is coarser than the
 * interval (a month on a daily timeline, a year on a weekly or monthly one) is counted in
 * `coarser` rather than pinned to a day it may not be on; one with no usable date in `undated`.
 */
export interface Timeline {
  interval: TimelineInterval;
  group: TimelineGroup;
  /** Ordered by period, then group in code-point order. */
  buckets: TimelineBucket[];
  coarser: number;
  undated: number;
}

export interface ArticleWithEvents {
  article: Article;
  events: EventRecord[];
}

export interface SaveResult {
  /** Ids of articles stored by this call. */
  inserted: string[];
  /** Ids of articles the store already had (left untouched: re-ingest is a no-op). */
  duplicates: string[];
}

export interface StoreCounts {
  articles: number;
  events: number;
  actors: number;
}

/** What consolidation reads: every article's story terms and every event mention with its article. */
export interface ConsolidationInput {
  storyTerms: Map<string, TermCounts>;
  mentions: Omit<StoredMention, 'story'>[];
}

/** What a consolidation changed in the store. */
export interface ConsolidationChange {
  /** Events in the store afterwards. */
  events: number;
  /** Events written (new, or with a changed summary) and removed (merged into others or gone). */
  written: number;
  removed: number;
  /** Articles whose story changed. */
  restoried: number;
  /**
   * True when nothing was written because the store already holds a consolidation of more
   * mentions (another process read the store later and wrote first); `events` then counts the
   * stored events.
   */
  superseded: boolean;
}

export interface Store {
  /** Stores a batch in one transaction; articles already present are skipped. */
  saveBatch(batch: ArticleWithEvents[]): Promise<SaveResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /** When the article was stored (ISO 8601, UTC), for GDELT's DATEADDED; null when it is not stored. */
  ingestedAt(id: string): Promise<string | null>;
  /**
   * Event mentions matching the filter, ordered by date (undated last, a coarse date before the
   * days inside it), then article, evidence offset, trigger offset and id, so that `after`
   * pages never skip or repeat an event.
   */
  events(filter?: EventFilter): Promise<EventRecord[]>;
  /** How many event mentions match, over all pages. */
  countEvents(filter?: EventSelection): Promise<number>;
  /**
   * The mentions of one event, in events() order: the mentions of a consolidated event by its
   * id, or the one mention with that id; empty when the id is unknown.
   */
  eventMentions(eventId: string): Promise<EventRecord[]>;
  /** Actors of the matching events, most events first (ties by key); at most `limit`. */
  actors(filter?: EventSelection, limit?: number): Promise<ActorSummary[]>;
  /** Actor→recipient pairs of the matching events, most events first (ties by source, then target); at most `limit`. */
  dyads(filter?: EventSelection, limit?: number): Promise<Dyad[]>;
  /** Matching events counted per period and group. */
  timeline(filter: EventSelection, interval: TimelineInterval, group: TimelineGroup): Promise<Timeline>;
  counts(): Promise<StoreCounts>;
  /** Stored mentions that no consolidated event holds yet: non-zero after a process stopped between storing and consolidating. */
  unconsolidatedMentions(): Promise<number>;
  /** Everything consolidation needs (src/consolidate/consolidate-store.ts). */
  consolidationInput(): Promise<ConsolidationInput>;
  /**
   * Replaces the stories and events with the result of a consolidation in one transaction,
   * writing only the rows that change: an unchanged event keeps its row untouched. Concurrent
   * consolidations write one after the other, and one computed from fewer mentions than the
   * stored one (mentions are never removed, so: from an older read) is dropped, never written
   * over a newer one.
   */
  saveConsolidation(stories: ReadonlyMap<string, string>, events: readonly ConsolidatedEvent[]): Promise<ConsolidationChange>;
  /**
   * Consolidated events whose head mention (the one that speaks for the event) matches the
   * filter, in events() order of their heads; `after` is an event id.
   */
  consolidatedEvents(filter?: EventFilter): Promise<ConsolidatedEvent[]>;
  /** One consolidated event by its id; null when no event has it. */
  consolidatedEvent(id: string): Promise<ConsolidatedEvent | null>;
  /** Applied schema version (the number of the last migration). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
