// Every sentence of an event in its article: the other mentions merged into it
// (EventRecord.other_evidence), as a JSON array of spans. Mentions stored before have none,
// and so have the consolidated events made of them and each of their reports, until the
// next consolidation writes them afresh.
import type { SqliteMigration } from '../migrate.js';

export const otherEvidence: SqliteMigration = {
  version: 4,
  name: 'other-evidence',
  sql: `
ALTER TABLE event_mentions ADD COLUMN other_evidence TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(other_evidence) AND json_type(other_evidence) = 'array');
UPDATE events SET summary = json_set(summary, '$.other_evidence', json('[]'), '$.mentions', json((
  SELECT json_group_array(json_set(mention.value, '$.other_evidence', json('[]')))
  FROM json_each(events.summary, '$.mentions') AS mention)));
`,
};
