// The distributed path under faults, with real processes on a real server: a few hundred
// articles enqueued, two `annalist worker` processes, one killed with SIGKILL mid-batch and
// a third started, the PostgreSQL server restarted mid-run. Every article must end stored
// exactly once, with exactly the events a single `annalist extract` finds.
//
// The restart needs a server of the test's own (helpers/private-postgres.ts). Where one
// cannot be started, the test runs on the shared server and cuts every connection to its
// database with pg_terminate_backend instead: the same loss of every session at once,
// without the seconds during which a restarting server refuses connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, buildCli, runCli, show } from '../helpers/cli.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { startPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres.js';
import { wireCorpusJsonl } from '../helpers/wire-corpus.js';

const ARTICLES = 300;

interface Worker {
  process: ChildProcess;
  stderr: string;
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, [binPath, 'worker', '--db', url, '--concurrency', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const worker: Worker = {
    process: child,
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.stderr += chunk.toString('utf8');
  });
  return worker;
}

/** One query on a connection of its own; null while the server is away. */
async function queryOnce<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[] | null> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.query<T>(sql)).rows;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function storedArticles(url: string): Promise<number | null> {
  const rows = await queryOnce<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles');
  return rows?.[0]?.n ?? null;
}

/** Polls `check`; on timeout, the error carries what `explain` says (the state to debug from). */
async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, explain?: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}${explain ? `\n${await explain()}` : ''}`);
    await sleep(100);
  }
}

describe('annalist worker under faults', () => {
  let work: string;
  let corpus: string;
  let url: string;
  let server: PrivatePostgres | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let cutConnections: () => Promise<void>;
  const workers: Worker[] = [];

  beforeAll(async () => {
    buildCli();
    work = mkdtempSync(path.join(tmpdir(), 'annalist-faults-'));
    corpus = path.join(work, 'corpus.jsonl');
    writeFileSync(corpus, wireCorpusJsonl(ARTICLES));
    const started = await startPrivatePostgres();
    if (typeof started === 'string') {
      process.stderr.write(`queue fault test: no server of its own (${started}); cutting connections instead of restarting\n`);
      const database = await createTestDatabase();
      url = database.url;
      dropDatabase = database.drop;
      const name = new URL(url).pathname.slice(1);
      cutConnections = async () => {
        await queryOnce(url.replace(`/${name}`, '/postgres'),
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      };
    } else {
      server = started;
      url = server.url;
      cutConnections = () => started.restart(1500);
    }
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    server?.stop();
    await dropDatabase?.();
    rmSync(work, { recursive: true, force: true });
  });

  it('stores every article exactly once through a SIGKILLed worker and a server restart', async () => {
    const reference = runCli(['extract', corpus, '--quiet'], work);
    expect(reference.code, show(reference)).toBe(0);
    const expectedEvents = reference.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id).sort();
    expect(expectedEvents.length).toBeGreaterThan(ARTICLES);

    const enqueued = runCli(['enqueue', corpus, '--db', url], work);
    expect(enqueued.code, show(enqueued)).toBe(0);
    expect(enqueued.stderr).toMatch(new RegExp(`^${ARTICLES} queued, 0 already queued`));

    const [first, second] = [startWorker(url), startWorker(url)];
    workers.push(first, second);
    let stored = 0;
    await waitFor('a quarter of the articles are stored', 60_000, async () => (stored = (await storedArticles(url)) ?? 0) >= ARTICLES / 4);
    first.process.kill('SIGKILL');
    await first.exited;
    const killedAt = stored;
    // Jobs still locked once the worker is gone: its own, and those the survivor holds right now.
    const lockedAtKill = (await queryOnce<{ n: number }>(url, 'SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_at IS NOT NULL'))?.[0]?.n;
    workers.push(startWorker(url));

    await waitFor('over half of the articles are stored', 60_000, async () => (stored = (await storedArticles(url)) ?? 0) >= ARTICLES / 2);
    const restartedAt = stored;
    await cutConnections();

    await waitFor('every article is stored and no job is left', 90_000, async () => {
      const rows = await queryOnce<{ articles: number; jobs: number }>(url,
        'SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM graphile_worker.jobs)::int AS jobs');
      return rows?.[0]?.articles === ARTICLES && rows[0].jobs === 0;
    }, async () => {
      const jobs = await queryOnce(url, 'SELECT id, key, attempts, locked_by, locked_at, last_error FROM graphile_worker.jobs ORDER BY id');
      return `jobs left: ${JSON.stringify(jobs)}\n${workers.map((worker) => worker.stderr).join('\n---\n')}`;
    });
    expect(killedAt).toBeLessThan(ARTICLES);
    expect(restartedAt).toBeLessThan(ARTICLES);

    const events = await queryOnce<{ id: string }>(url, 'SELECT id FROM event_mentions');
    expect(events?.map((row) => row.id).sort()).toEqual(expectedEvents);

    // Stopping: SIGTERM lets each survivor finish and report.
    for (const worker of workers.slice(1)) worker.process.kill('SIGTERM');
    const codes = await Promise.all(workers.slice(1).map((worker) => worker.exited));
    expect(codes, workers.map((worker) => worker.stderr).join('\n---\n')).toEqual([0, 0]);
    const reports = workers.slice(1).map((worker) => /stopped: (\d+) articles stored/.exec(worker.stderr)?.[1]);
    expect(reports.every((count) => count !== undefined), workers.map((w) => w.stderr).join('\n---\n')).toBe(true);
    expect(workers.slice(1).map((worker) => worker.stderr).join('')).toMatch(/handed back the jobs of stopped worker pool/);
    // Workers consolidate once their batch ends and before they exit: every mention has its event.
    const unconsolidated = await queryOnce<{ n: number }>(url, 'SELECT count(*)::int AS n FROM event_mentions WHERE event_id IS NULL');
    expect(unconsolidated?.[0]?.n).toBe(0);
    const consolidated = await queryOnce<{ n: number }>(url, 'SELECT count(*)::int AS n FROM events');
    expect(consolidated?.[0]?.n).toBeGreaterThan(0);
    process.stderr.write(`queue fault test: worker 1 killed at ${killedAt} articles stored (${lockedAtKill} jobs locked then), `
      + `server ${server ? 'restarted' : 'connections cut'} at ${restartedAt}; `
      + `${ARTICLES} articles and ${expectedEvents.length} event mentions stored once each; survivors stored ${reports.join(' and ')}\n`);

    const again = runCli(['enqueue', corpus, '--db', url], work);
    expect(again.stderr).toMatch(new RegExp(`^0 queued, 0 already queued, ${ARTICLES} already stored`));
  }, 150_000);

  it('retries a failing job, then keeps it with its reason for `annalist jobs --failed`', async () => {
    // `annalist jobs` installs the queue's schema if the test above did not run.
    expect(runCli(['jobs', '--db', url], work).stdout).toBe('0 waiting, 0 running, 0 failed\n');
    // A job from another producer whose article has no text: every attempt fails the same way.
    const added = await queryOnce(url, `SELECT graphile_worker.add_job('annalist_extract', '{"article": {"id": "broken", "text": 42}}'::json,
      job_key := 'broken', max_attempts := 2)`);
    expect(added).toHaveLength(1);
    const worker = startWorker(url);
    workers.push(worker);
    await waitFor('the job has used both its attempts', 60_000, async () => {
      const rows = await queryOnce<{ done: boolean }>(url,
        "SELECT attempts >= max_attempts AND locked_at IS NULL AS done FROM graphile_worker.jobs WHERE key = 'broken'");
      return rows?.[0]?.done === true;
    });
    worker.process.kill('SIGTERM');
    expect(await worker.exited, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(/failed attempt 1 of 2: job payload: article field "text" must be a string/);
    expect(worker.stderr).toMatch(/failed attempt 2 of 2/);

    const failed = runCli(['jobs', '--failed', '--db', url], work);
    expect(failed.code, show(failed)).toBe(0);
    expect(failed.stdout).toMatch(/^broken\tjob \d+\t2 attempts\t\d{4}-\d\d-\d\dT[\d:]+Z\tjob payload: article field "text" must be a string\n$/);
    expect(runCli(['jobs', '--db', url], work).stdout).toBe('0 waiting, 0 running, 1 failed\n');
  }, 90_000);
});
