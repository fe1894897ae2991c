// What the queue holds, read from graphile-worker's public jobs view: counts by state, and
// the jobs that used up their attempts, with the error of the last one.
import pg from 'pg';
import { EXTRACT_TASK } from './article-job.js';

export interface JobCounts {
  /** Waiting for a worker, including retries whose backoff has not yet run out. */
  waiting: number;
  /** Locked by a worker; a job on its last attempt counts here until it ends. */
  running: number;
  /** Out of attempts and not running: kept, with their last error, until removed. */
  failed: number;
}

export interface FailedJob {
  job: string;
  article: string;
  attempts: number;
  error: string;
  failed_at: string;
}

export async function jobCounts(db: pg.Pool, schema: string): Promise<JobCounts> {
  const { rows } = await db.query<JobCounts>(`
SELECT count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL)::int AS waiting,
  count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
  count(*) FILTER (WHERE attempts >= max_attempts AND locked_at IS NULL)::int AS failed
FROM ${pg.escapeIdentifier(schema)}.jobs WHERE task_identifier = $1`, [EXTRACT_TASK]);
  return rows[0] ?? { waiting: 0, running: 0, failed: 0 };
}

/** Failed jobs, oldest failure first. `article` is the job key: the article's content hash. */
export async function failedJobs(db: pg.Pool, schema: string): Promise<FailedJob[]> {
  const { rows } = await db.query<FailedJob>(`
SELECT id::text AS job, coalesce(key, '') AS article, attempts, coalesce(last_error, '') AS error,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS failed_at
FROM ${pg.escapeIdentifier(schema)}.jobs
WHERE task_identifier = $1 AND attempts >= max_attempts AND locked_at IS NULL
ORDER BY updated_at, id`, [EXTRACT_TASK]);
  return rows;
}
