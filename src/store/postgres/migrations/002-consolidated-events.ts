// Consolidation (src/consolidate), as SQLite's migration 003: articles carry their story terms
// and story id, mentions the id of the event they belong to, and each event is one row
// holding its summary. Story terms and summaries are json, not jsonb: json keeps the text as
// written, so both read back exactly as SQLite's do (key order included) and an unchanged
// summary compares equal as text.
import type { PostgresMigration } from '../migrate.js';

export const consolidatedEvents: PostgresMigration = {
  version: 2,
  name: 'consolidated-events',
  sql: `
ALTER TABLE articles ADD COLUMN story_terms json CHECK (json_typeof(story_terms) = 'object');
ALTER TABLE articles ADD COLUMN story text COLLATE "C";
ALTER TABLE event_mentions ADD COLUMN event_id text COLLATE "C";
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE TABLE events (
  id               text COLLATE "C" PRIMARY KEY,
  head_mention_id  text COLLATE "C" NOT NULL REFERENCES event_mentions (id) ON DELETE CASCADE,
  num_mentions     integer NOT NULL,
  num_articles     integer NOT NULL,
  num_sources      integer NOT NULL,
  first_published  text COLLATE "C",
  summary          json NOT NULL CHECK (json_typeof(summary) = 'object')
);
CREATE INDEX events_head ON events (head_mention_id);
`,
};
