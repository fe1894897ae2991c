// Adds one job per article through graphile-worker's SQL add_job, a batch per statement.
// 'unsafe_dedupe' makes the article's content hash a true idempotency key: a second job is
// never added while one with that key exists, running or failed included; graphile-worker
// calls the mode unsafe because a changed payload would be dropped, and an article's payload
// cannot change without its hash changing.
import pg from 'pg';
import type { Article } from '../contract.js';
import { EXTRACT_TASK, type ArticlePayload } from './article-job.js';

export interface EnqueueResult {
  /** Article ids that got a new job. */
  queued: string[];
  /** Article ids that already had one. */
  alreadyQueued: string[];
}

export async function enqueueArticles(
  db: pg.Pool | pg.ClientBase, schema: string, articles: Article[], maxAttempts: number,
): Promise<EnqueueResult> {
  if (articles.length === 0) return { queued: [], alreadyQueued: [] };
  // Keys in sorted order: concurrent enqueuers lock existing jobs in one order, never crossing.
  const specs = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((article) => ({ key: article.id, payload: { article } satisfies ArticlePayload }));
  const { rows } = await db.query<{ key: string; revision: number }>(`
SELECT job.key, job.revision
FROM json_array_elements($1::json) WITH ORDINALITY AS spec(value, n),
LATERAL ${pg.escapeIdentifier(schema)}.add_job($2, spec.value->'payload', job_key := spec.value->>'key',
  max_attempts := $3, job_key_mode := 'unsafe_dedupe') AS job
ORDER BY spec.n`, [JSON.stringify(specs), EXTRACT_TASK, maxAttempts]);
  // revision 0 is a row add_job inserted; an existing job only has its revision bumped.
  return {
    queued: rows.filter((row) => row.revision === 0).map((row) => row.key),
    alreadyQueued: rows.filter((row) => row.revision > 0).map((row) => row.key),
  };
}
