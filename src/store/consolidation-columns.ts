// What consolidation reads and writes, in the form both stores keep it: an article's story
// terms as a JSON object, an event as its counts plus its whole summary as JSON, and the one
// query (plain SQL in both dialects) that reads every mention with its article. One place, so
// SQLite and PostgreSQL hold the same JSON and hand back the same maps and events.
import type { ConsolidatedEvent } from '../contract.js';
import { storyTerms, type TermCounts } from '../consolidate/story-terms.js';

/**
 * Every event mention with its actors (as the backend's EVENTS_FROM joins them) and its
 * article's outlet and publication date, in mention id order.
 */
export function mentionsWithArticlesSql(eventsFrom: string): string {
  return `
SELECT m.*,
  a.name AS actor_name, a.country AS actor_country, a.sector AS actor_sector, a.code AS actor_code,
  r.name AS recipient_name, r.country AS recipient_country, r.sector AS recipient_sector, r.code AS recipient_code,
  art.outlet AS article_outlet, art.published AS article_published
${eventsFrom}
JOIN articles art ON art.id = m.article_id
ORDER BY m.id`;
}

/** The columns mentionsWithArticlesSql adds to an event row. */
export interface ArticleOfMention {
  article_outlet: string | null;
  article_published: string | null;
}

/** The story_terms column of an article: its terms as a JSON array of [term, count] pairs. */
export function storyTermsColumn(text: string): string {
  return JSON.stringify([...storyTerms(text)]);
}

/**
 * An article's terms from its story_terms column, as text (SQLite) or parsed JSON
 * (PostgreSQL), kept as the pairs they are stored as: consolidation only walks them once.
 * An article stored before stories existed has none, so they are read from its text.
 */
export function storyTermsOf(column: string | [string, number][] | null, text: string): TermCounts {
  if (column === null) return storyTerms(text);
  return typeof column === 'string' ? JSON.parse(column) as [string, number][] : column;
}

export interface EventColumns {
  id: string;
  head_mention_id: string;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  first_published: string | null;
  /** The whole ConsolidatedEvent as JSON: what is compared to tell whether the event changed. */
  summary: string;
}

export function eventColumns(event: ConsolidatedEvent): EventColumns {
  return {
    id: event.id,
    head_mention_id: event.head_mention,
    num_mentions: event.num_mentions,
    num_articles: event.num_articles,
    num_sources: event.num_sources,
    first_published: event.first_reported.published,
    summary: JSON.stringify(event),
  };
}

/** How many event mentions a consolidation assigns to events (all it read; none twice). */
export function mentionsCovered(events: readonly ConsolidatedEvent[]): number {
  return events.reduce((sum, event) => sum + event.mentions.length, 0);
}
