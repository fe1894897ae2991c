// What every exporter is: a named writer that turns event records into text, chunk by
// chunk, so the CLI can stream a large export to a file and the server to a response.
import type { Article, ConsolidatedEvent, EventRecord } from '../contract.js';

export type ExportArticle = Pick<Article, 'id' | 'title' | 'published' | 'outlet' | 'url'> & Partial<Pick<Article, 'text' | 'source'>> & {
  /** When the store took the article (ISO 8601): GDELT's DATEADDED. */
  ingested_at?: string | null;
};

export interface ExportContext {
  /**
   * Articles by id, for fields an event does not carry itself (GDELT SOURCEURL, DATEADDED,
   * IsRootEvent and AvgTone, PLOVER cite_info): the head mention's and every reporting one's.
   */
  articles?: ReadonlyMap<string, ExportArticle>;
  /** Write a header row where the format has none of its own (GDELT: `--header`). */
  header?: boolean;
}

export interface ExportFormat {
  /** The name users type: `annalist export --format NAME`. */
  name: string;
  description: string;
  /** File extension, without the dot. */
  extension: string;
  mediaType: string;
  /**
   * The header (when the format has one), then one line per event; every chunk ends with its
   * line break. A binary format (Parquet) yields its whole file as one chunk of bytes.
   */
  write(events: Iterable<EventRecord>, context?: ExportContext): Generator<string | Uint8Array, void, undefined>;
  /** Bytes, not text: never written to a terminal. */
  binary?: boolean;
  /** Reads the article of every report of a consolidated event, not only its head's (GDELT's AvgTone). */
  readsReportingArticles?: boolean;
}

/** The whole export as one string, for tests and small outputs. */
export function exportEvents(format: ExportFormat, events: Iterable<EventRecord>, context?: ExportContext): string {
  let output = '';
  for (const chunk of format.write(events, context)) {
    if (typeof chunk !== 'string') throw new Error(`${format.name} is a binary format; read its bytes, not a string`);
    output += chunk;
  }
  return output;
}

/** How often an event was reported: a consolidated event's counts, or 1 for a single mention. */
export function reportCounts(event: EventRecord): { mentions: number; articles: number; sources: number } {
  const consolidated = event as Partial<ConsolidatedEvent>;
  return {
    mentions: consolidated.num_mentions ?? 1,
    articles: consolidated.num_articles ?? 1,
    sources: consolidated.num_sources ?? 1,
  };
}
