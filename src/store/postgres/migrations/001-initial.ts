// The first schema: table for table and column for column the SQLite one
// (sqlite/migrations/001-initial.ts), in PostgreSQL's own types (jsonb for the outlet list,
// double precision for scores, an identity column for actors). Every text column is
// COLLATE "C": ORDER BY and comparisons go by code point, as SQLite's do, whatever the
// database's locale, so both backends sort and page identically. One column more than
// SQLite: evidence_text_folded, because lower() in PostgreSQL folds by the database's
// locale and annalist's text search must fold exactly as foldForSearch does.
import type { PostgresMigration } from '../migrate.js';

export const initial: PostgresMigration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE articles (
  id          text COLLATE "C" PRIMARY KEY,   -- content hash
  title       text COLLATE "C",
  published   text COLLATE "C",
  outlet      text COLLATE "C",
  url         text COLLATE "C",
  text        text COLLATE "C" NOT NULL,
  source      text COLLATE "C" NOT NULL,
  ingested_at timestamptz NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- identity is the JSON array [name, country, sector, code], as in SQLite: a state acting as
-- a whole has no name, and NULLs do not collide in a UNIQUE index.
CREATE TABLE actors (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  identity    text COLLATE "C" NOT NULL UNIQUE,
  name        text COLLATE "C",
  name_folded text COLLATE "C",
  country     text COLLATE "C",
  sector      text COLLATE "C",
  code        text COLLATE "C"
);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE event_mentions (
  id                    text COLLATE "C" PRIMARY KEY,
  article_id            text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  actor_id              bigint REFERENCES actors (id),
  actor_text            text COLLATE "C",
  actor_text_folded     text COLLATE "C",
  recipient_id          bigint REFERENCES actors (id),
  recipient_text        text COLLATE "C",
  recipient_text_folded text COLLATE "C",
  cameo                 text COLLATE "C" NOT NULL,
  cameo_name            text COLLATE "C" NOT NULL,
  quad_class            smallint NOT NULL CHECK (quad_class IN (1, 2, 3, 4)),
  goldstein             double precision NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  plover_type           text COLLATE "C" NOT NULL,
  plover_mode           text COLLATE "C",
  date                  text COLLATE "C",
  date_start            text COLLATE "C",     -- first and last day the date covers (see date-interval.ts)
  date_end              text COLLATE "C",
  date_source           text COLLATE "C" NOT NULL CHECK (date_source IN ('text', 'narrative', 'publication', 'none')),
  date_text             text COLLATE "C",
  status                text COLLATE "C" NOT NULL CHECK (status IN ('asserted', 'reported', 'negated', 'denied', 'hypothetical', 'future')),
  speaker               text COLLATE "C",
  outlets               jsonb NOT NULL CHECK (jsonb_typeof(outlets) = 'array'),
  cue                   text COLLATE "C",
  location              text COLLATE "C",
  evidence_start        integer NOT NULL,
  evidence_end          integer NOT NULL,
  evidence_text         text COLLATE "C" NOT NULL,
  evidence_text_folded  text COLLATE "C" NOT NULL,
  trigger_start         integer NOT NULL,
  trigger_end           integer NOT NULL,
  trigger_text          text COLLATE "C" NOT NULL,
  rule                  text COLLATE "C" NOT NULL,
  confidence            double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  CHECK ((actor_id IS NULL) = (actor_text IS NULL)),
  CHECK ((recipient_id IS NULL) = (recipient_text IS NULL)),
  CHECK (0 <= evidence_start AND evidence_start <= evidence_end),
  CHECK (0 <= trigger_start AND trigger_start <= trigger_end)
);
CREATE INDEX event_mentions_article ON event_mentions (article_id, evidence_start);
CREATE INDEX event_mentions_actor ON event_mentions (actor_id);
CREATE INDEX event_mentions_recipient ON event_mentions (recipient_id);
CREATE INDEX event_mentions_cameo ON event_mentions (cameo);
CREATE INDEX event_mentions_date ON event_mentions (date_start, date_end);
`,
};
