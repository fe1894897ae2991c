// Consolidation (src/consolidate): articles carry their story terms and story id, mentions
// the id of the event they belong to, and each event is one row holding its summary.
import type { SqliteMigration } from '../migrate.js';

export const consolidatedEvents: SqliteMigration = {
  version: 3,
  name: 'consolidated-events',
  sql: `
ALTER TABLE articles ADD COLUMN story_terms TEXT;
ALTER TABLE articles ADD COLUMN story TEXT;
ALTER TABLE event_mentions ADD COLUMN event_id TEXT;
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE TABLE events (
  id               TEXT PRIMARY KEY,
  head_mention_id  TEXT NOT NULL REFERENCES event_mentions (id) ON DELETE CASCADE,
  num_mentions     INTEGER NOT NULL,
  num_articles     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL,
  first_published  TEXT,
  summary          TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;
CREATE INDEX events_head ON events (head_mention_id);
`,
};
