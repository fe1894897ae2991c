// As SQLite's migration 004: the sentences of the other mentions merged into an event
// (EventRecord.other_evidence), as a JSON array of spans; json, not jsonb, so the spans read
// back as written. Mentions stored before have none, and so have the consolidated events made
// of them and each of their reports, until the next consolidation writes them afresh.
import type { PostgresMigration } from '../migrate.js';

export const otherEvidence: PostgresMigration = {
  version: 3,
  name: 'other-evidence',
  sql: `
ALTER TABLE event_mentions ADD COLUMN other_evidence json NOT NULL DEFAULT '[]' CHECK (json_typeof(other_evidence) = 'array');
UPDATE events SET summary = (summary::jsonb || jsonb_build_object(
  'other_evidence', '[]'::jsonb,
  'mentions', (
    SELECT coalesce(jsonb_agg(mention || '{"other_evidence": []}'::jsonb ORDER BY position), '[]'::jsonb)
    FROM jsonb_array_elements(summary::jsonb -> 'mentions') WITH ORDINALITY AS report (mention, position))))::json;
`,
};
