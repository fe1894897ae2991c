// As SQLite's migration 006: the input's own id on articles, and provenance (doc_id, title,
// URL, outlet, publication date) on every event mention; consolidated events are rebuilt.
import type { PostgresMigration } from '../migrate.js';

export const provenance: PostgresMigration = {
  version: 5,
  name: 'provenance',
  sql: `
ALTER TABLE articles ADD COLUMN doc_id text;
ALTER TABLE event_mentions
  ADD COLUMN doc_id text NOT NULL DEFAULT '',
  ADD COLUMN doc_title text,
  ADD COLUMN doc_url text,
  ADD COLUMN doc_outlet text,
  ADD COLUMN doc_published text;
UPDATE event_mentions m SET doc_id = a.source, doc_title = a.title, doc_url = a.url, doc_outlet = a.outlet,
  doc_published = a.published, event_id = NULL
FROM articles a WHERE a.id = m.article_id;
DELETE FROM events;
`,
};
