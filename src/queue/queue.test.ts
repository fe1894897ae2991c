// The queue's pieces on the real PostgreSQL server, in a database of this file's own:
// idempotent enqueueing, the job report, and handing back the jobs of dead worker pools.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/helpers/postgres.js';
import { makeArticle } from '../store/fixtures.js';
import { enqueueArticles } from './enqueue-articles.js';
import { failedJobs, jobCounts } from './job-report.js';
import { LOCK_GRACE_SECONDS, PoolLiveness, sweepDeadPools } from './liveness.js';
import { openQueuePool } from './queue-pool.js';

const SCHEMA = 'graphile_worker';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = await openQueuePool(database.url, SCHEMA, () => undefined);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

/** Marks a job locked by `poolId` since `secondsAgo`, as graphile-worker's get_job would. */
async function lockJob(key: string, poolId: string, secondsAgo: number): Promise<void> {
  await pool.query(`UPDATE ${SCHEMA}._private_jobs SET locked_by = $2, locked_at = now() - make_interval(secs => $3), attempts = 1
    WHERE key = $1`, [key, poolId, secondsAgo]);
}

async function lockedBy(key: string): Promise<string | null> {
  return (await pool.query<{ locked_by: string | null }>(`SELECT locked_by FROM ${SCHEMA}.jobs WHERE key = $1`, [key])).rows[0]?.locked_by ?? null;
}

describe('enqueueArticles', () => {
  it('adds one job per article, keyed by its content hash; enqueueing again adds none', async () => {
    const articles = ['e1', 'e2', 'e3'].map((id) => makeArticle({ id }));
    expect(await enqueueArticles(pool, SCHEMA, articles, 3)).toEqual({ queued: ['e1', 'e2', 'e3'], alreadyQueued: [] });
    expect(await enqueueArticles(pool, SCHEMA, [articles[2], makeArticle({ id: 'e4' })], 3))
      .toEqual({ queued: ['e4'], alreadyQueued: ['e3'] });
    const { rows } = await pool.query(`SELECT key, max_attempts FROM ${SCHEMA}.jobs WHERE key LIKE 'e%' ORDER BY key`);
    expect(rows).toEqual(['e1', 'e2', 'e3', 'e4'].map((key) => ({ key, max_attempts: 3 })));
  });

  it('does not add a second job for an article whose job is running or has failed', async () => {
    await enqueueArticles(pool, SCHEMA, [makeArticle({ id: 'run' }), makeArticle({ id: 'fail' })], 2);
    await lockJob('run', 'pool-somewhere', 1);
    await pool.query(`UPDATE ${SCHEMA}._private_jobs SET attempts = max_attempts, last_error = 'boom' WHERE key = 'fail'`);
    expect(await enqueueArticles(pool, SCHEMA, [makeArticle({ id: 'run' }), makeArticle({ id: 'fail' })], 2))
      .toEqual({ queued: [], alreadyQueued: ['fail', 'run'] });
    expect((await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.jobs WHERE key IN ('run', 'fail')`)).rows[0].n).toBe(2);
  });
});

describe('job report', () => {
  it('counts waiting, running and failed jobs and lists the failed ones with their error', async () => {
    const counts = await jobCounts(pool, SCHEMA);
    expect(counts).toEqual({ waiting: 4, running: 1, failed: 1 });
    expect(await failedJobs(pool, SCHEMA)).toEqual([
      { job: expect.stringMatching(/^\d+$/), article: 'fail', attempts: 2, error: 'boom', failed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) },
    ]);
  });
});

describe('liveness', () => {
  it('hands back the jobs of a pool nobody holds alive, and only those', async () => {
    await enqueueArticles(pool, SCHEMA, ['dead', 'alive', 'fresh'].map((id) => makeArticle({ id })), 5);
    const liveness = new PoolLiveness(database.url);
    await liveness.hold('pool-alive');
    await lockJob('dead', 'pool-dead', LOCK_GRACE_SECONDS + 60);
    await lockJob('alive', 'pool-alive', LOCK_GRACE_SECONDS + 60);
    // Locked a moment ago: its pool may not have taken its lock yet.
    await lockJob('fresh', 'pool-new', 0);

    expect(await sweepDeadPools(pool, SCHEMA)).toContain('pool-dead');
    expect(await lockedBy('dead')).toBeNull();
    expect(await lockedBy('alive')).toBe('pool-alive');
    expect(await lockedBy('fresh')).toBe('pool-new');

    // When the pool stops, its lock goes: its jobs are handed back on the next sweep.
    await liveness.release('pool-alive');
    expect(await sweepDeadPools(pool, SCHEMA)).toContain('pool-alive');
    expect(await lockedBy('alive')).toBeNull();
    await liveness.close();
  });

  it('counts a pool dead when the connection holding its lock is gone', async () => {
    await enqueueArticles(pool, SCHEMA, [makeArticle({ id: 'crashed' })], 5);
    const liveness = new PoolLiveness(database.url);
    await liveness.hold('pool-crashed');
    await lockJob('crashed', 'pool-crashed', LOCK_GRACE_SECONDS + 60);
    expect(await sweepDeadPools(pool, SCHEMA)).not.toContain('pool-crashed');
    // What kill -9 does to the process: the server sees the connection end.
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'annalist worker liveness' AND datname = current_database()`);
    expect(await sweepDeadPools(pool, SCHEMA)).toContain('pool-crashed');
    expect(await lockedBy('crashed')).toBeNull();
    await liveness.close();
  });

  it('lets go of the lock of a pool released while the lost connection was being restored', async () => {
    await enqueueArticles(pool, SCHEMA, [makeArticle({ id: 'released' })], 5);
    const liveness = new PoolLiveness(database.url);
    await liveness.hold('pool-released');
    await lockJob('released', 'pool-released', LOCK_GRACE_SECONDS + 60);
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'annalist worker liveness' AND datname = current_database()`);
    // Another holder of the same lock makes re-taking it wait: the pool is released during that wait.
    const other = new PoolLiveness(database.url);
    await other.hold('pool-released');
    let restored: Promise<void> = Promise.resolve();
    await vi.waitFor(async () => {
      restored = liveness.refresh();
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = 'annalist worker liveness' AND datname = current_database() AND wait_event_type = 'Lock'`);
      expect(rows[0]?.n).toBe(1);
    }, { timeout: 10_000, interval: 50 });
    await liveness.release('pool-released');
    await other.release('pool-released');
    await restored;

    expect(await sweepDeadPools(pool, SCHEMA)).toContain('pool-released');
    expect(await lockedBy('released')).toBeNull();
    await Promise.all([liveness.close(), other.close()]);
  });
});
