// Provenance on every event mention: the input's own id (`doc_id`; for files, the path as
// given), and the article's title, URL, outlet and publication date, so that every record
// and export joins back to the user's own documents without opening the store. Stored
// mentions take their article's source as doc_id; the consolidated events are rebuilt (their summaries
// are records too) at the next `events`, `serve` or ingest.
import type { SqliteMigration } from '../migrate.js';

export const provenance: SqliteMigration = {
  version: 6,
  name: 'provenance',
  sql: `
ALTER TABLE articles ADD COLUMN doc_id TEXT;
ALTER TABLE event_mentions ADD COLUMN doc_id TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN doc_title TEXT;
ALTER TABLE event_mentions ADD COLUMN doc_url TEXT;
ALTER TABLE event_mentions ADD COLUMN doc_outlet TEXT;
ALTER TABLE event_mentions ADD COLUMN doc_published TEXT;
UPDATE event_mentions SET
  doc_id = (SELECT source FROM articles WHERE articles.id = event_mentions.article_id),
  doc_title = (SELECT title FROM articles WHERE articles.id = event_mentions.article_id),
  doc_url = (SELECT url FROM articles WHERE articles.id = event_mentions.article_id),
  doc_outlet = (SELECT outlet FROM articles WHERE articles.id = event_mentions.article_id),
  doc_published = (SELECT published FROM articles WHERE articles.id = event_mentions.article_id),
  event_id = NULL;
DELETE FROM events;
`,
};
