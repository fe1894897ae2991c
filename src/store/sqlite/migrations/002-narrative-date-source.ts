// date_source gained 'narrative' (an undated event takes the latest date of the same people).
// SQLite cannot alter a CHECK constraint, so event_mentions is rebuilt the way its docs
// prescribe: create the new table, copy, drop the old, rename, recreate the indexes. Nothing
// references event_mentions, so foreign keys need not be switched off.
import type { SqliteMigration } from '../migrate.js';

export const narrativeDateSource: SqliteMigration = {
  version: 2,
  name: 'narrative-date-source',
  sql: `
CREATE TABLE event_mentions_v2 (
  id                    TEXT PRIMARY KEY,
  article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  actor_id              INTEGER REFERENCES actors (id),
  actor_text            TEXT,
  actor_text_folded     TEXT,
  recipient_id          INTEGER REFERENCES actors (id),
  recipient_text        TEXT,
  recipient_text_folded TEXT,
  cameo                 TEXT NOT NULL,
  cameo_name            TEXT NOT NULL,
  quad_class            INTEGER NOT NULL CHECK (quad_class IN (1, 2, 3, 4)),
  goldstein             REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  plover_type           TEXT NOT NULL,
  plover_mode           TEXT,
  date                  TEXT,
  date_start            TEXT,
  date_end              TEXT,
  date_source           TEXT NOT NULL CHECK (date_source IN ('text', 'narrative', 'publication', 'none')),
  date_text             TEXT,
  status                TEXT NOT NULL CHECK (status IN ('asserted', 'reported', 'negated', 'denied', 'hypothetical', 'future')),
  speaker               TEXT,
  outlets               TEXT NOT NULL CHECK (json_type(outlets) = 'array'),
  cue                   TEXT,
  location              TEXT,
  evidence_start        INTEGER NOT NULL,
  evidence_end          INTEGER NOT NULL,
  evidence_text         TEXT NOT NULL,
  trigger_start         INTEGER NOT NULL,
  trigger_end           INTEGER NOT NULL,
  trigger_text          TEXT NOT NULL,
  rule                  TEXT NOT NULL,
  confidence            REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  CHECK ((actor_id IS NULL) = (actor_text IS NULL)),
  CHECK ((recipient_id IS NULL) = (recipient_text IS NULL)),
  CHECK (0 <= evidence_start AND evidence_start <= evidence_end),
  CHECK (0 <= trigger_start AND trigger_start <= trigger_end)
) STRICT;
INSERT INTO event_mentions_v2 SELECT * FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_v2 RENAME TO event_mentions;
CREATE INDEX event_mentions_article ON event_mentions (article_id, evidence_start);
CREATE INDEX event_mentions_actor ON event_mentions (actor_id);
CREATE INDEX event_mentions_recipient ON event_mentions (recipient_id);
CREATE INDEX event_mentions_cameo ON event_mentions (cameo);
CREATE INDEX event_mentions_date ON event_mentions (date_start, date_end);
`,
};
