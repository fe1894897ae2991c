// An article's story terms as a JSON array of [term, count] pairs instead of an object:
// JSON objects with thousands of keys (years and numbers among them) are slow to build and
// to read back in JavaScript, and every article's terms are read at each consolidation.
import type { SqliteMigration } from '../migrate.js';

export const storyTermsPairs: SqliteMigration = {
  version: 5,
  name: 'story-terms-pairs',
  sql: `
UPDATE articles SET story_terms = (
  SELECT json_group_array(json_array(term.key, term.value)) FROM json_each(articles.story_terms) AS term)
WHERE story_terms IS NOT NULL AND json_type(story_terms) = 'object';
`,
};
