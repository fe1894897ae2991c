// The first schema: articles, distinct actors, and one row per event mention.
// STRICT tables refuse a value of the wrong type instead of coercing it, so a malformed
// record fails its batch rather than being stored half-right.
import type { SqliteMigration } from '../migrate.js';

export const initial: SqliteMigration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE articles (
  id          TEXT PRIMARY KEY,          -- content hash
  title       TEXT,
  published   TEXT,
  outlet      TEXT,
  url         TEXT,
  text        TEXT NOT NULL,
  source      TEXT NOT NULL,
  ingested_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_published ON articles (published);

-- One row per actor identity. identity is the JSON array [name, country, sector, code]:
-- SQLite treats NULLs as distinct in a UNIQUE index, and a state acting as a whole has
-- no name, so the columns themselves cannot carry the uniqueness.
CREATE TABLE actors (
  id          INTEGER PRIMARY KEY,
  identity    TEXT NOT NULL UNIQUE,
  name        TEXT,
  name_folded TEXT,                      -- lower-cased name for case-insensitive search
  country     TEXT,
  sector      TEXT,
  code        TEXT
) STRICT;
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE event_mentions (
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
  date_start            TEXT,            -- first and last day the date covers (see date-interval.ts)
  date_end              TEXT,
  date_source           TEXT NOT NULL CHECK (date_source IN ('text', 'publication', 'none')),
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
CREATE INDEX event_mentions_article ON event_mentions (article_id, evidence_start);
CREATE INDEX event_mentions_actor ON event_mentions (actor_id);
CREATE INDEX event_mentions_recipient ON event_mentions (recipient_id);
CREATE INDEX event_mentions_cameo ON event_mentions (cameo);
CREATE INDEX event_mentions_date ON event_mentions (date_start, date_end);
`,
};
