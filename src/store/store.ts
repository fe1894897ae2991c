// The storage interface. SQLite implements it today; PostgreSQL will implement the same
// contract (src/store/store.contract.ts runs one suite against every backend), so it is
// asynchronous even where better-sqlite3 is not.
import type { Article, EventRecord } from '../contract.js';

export interface EventFilter {
  /** Matches actor or recipient: canonical name, text as written (case-insensitive substring) or CAMEO actor code prefix. */
  actor?: string;
  /** ISO-3 code of actor or recipient. */
  country?: string;
  /** CAMEO event code prefix: "04" matches 040–046 and their sub-codes. */
  code?: string;
  /** Inclusive ISO date bounds on the event date (compared at the event's granularity). */
  since?: string;
  until?: string;
  limit?: number;
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

export interface Store {
  /** Stores a batch in one transaction; articles already present are skipped. */
  saveBatch(batch: ArticleWithEvents[]): Promise<SaveResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /** Event mentions matching the filter, ordered by date then article then offset. */
  events(filter?: EventFilter): Promise<EventRecord[]>;
  counts(): Promise<StoreCounts>;
  /** Applied schema version (the number of the last migration). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
