// `annalist worker`: a graphile-worker pool running extract jobs, kept alive across database
// outages and stopped gracefully on SIGTERM or SIGINT.
//
// graphile-worker stops a pool when it cannot record a job's outcome (the database went
// away mid-job). This loop then starts a new pool once the database answers again; the old
// pool's locked jobs go back to the queue through the liveness sweep, like those of a
// worker that crashed. A pool that never finishes stopping (pool-stopped.ts) is left behind:
// were this loop to wait for it, its pool would stay marked alive and its jobs locked for ever.
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import { createAnnalist } from '../pipeline.js';
import { describeError } from '../errors.js';
import { isConnectionError } from '../store/postgres/connection-error.js';
import { createPgPool } from '../store/postgres/pg-pool.js';
import { openPostgresStore } from '../store/postgres/postgres-store.js';
import { redactPassword } from '../store/redact-location.js';
import type { Store } from '../store/store.js';
import { EXTRACT_TASK } from './article-job.js';
import { createExtractTask, type WorkerTotals } from './extract-task.js';
import { DebouncedConsolidation } from './debounced-consolidation.js';
import { PoolLiveness, sweepDeadPools } from './liveness.js';
import { poolStopped } from './pool-stopped.js';
import { ShutdownSignal } from './shutdown-signal.js';
import { workerLogger } from './worker-logger.js';

export interface RunWorkersOptions {
  url: string;
  schema: string;
  concurrency: number;
  lexicon?: string[];
  /** Where progress and problems are reported; silent when absent. */
  log?: (line: string) => void;
}

/** How often a worker looks for the locked jobs of dead pools. */
export const SWEEP_INTERVAL_MS = 5_000;
const RETRY_DELAY_MS = 2_000;
const OUTCOME_BATCH_MS = 20;
/** A worker consolidates the events once it has stored no article for this long. */
const CONSOLIDATE_AFTER_QUIET_MS = 2_000;
/** How long a pool whose jobs are over may take to record the outcomes it has sent. */
const POOL_FLUSH_GRACE_MS = 5_000;

export async function runWorkers(options: RunWorkersOptions): Promise<WorkerTotals> {
  const log = options.log ?? (() => undefined);
  const totals: WorkerTotals = { stored: 0, events: 0, duplicates: 0, failedAttempts: 0 };
  const annalist = createAnnalist({ lexicons: options.lexicon });
  const shutdown = new ShutdownSignal();
  try {
    const store = await openStoreWhenReachable(options, shutdown, log);
    if (store === null) return totals;
    // graphile-worker holds one connection for LISTEN, and each job slot takes one at a time to fetch and settle jobs.
    const pgPool = createPgPool(options.url, { max: options.concurrency + 1, applicationName: 'annalist worker' });
    const liveness = new PoolLiveness(options.url);
    try {
      const consolidation = new DebouncedConsolidation(store, annalist.lexicons, CONSOLIDATE_AFTER_QUIET_MS, log);
      const taskList = { [EXTRACT_TASK]: createExtractTask(annalist, store, totals, () => consolidation.articleStored()) };
      try {
        await runPools(options, { pgPool, liveness, taskList, shutdown, totals, log });
      } finally {
        await consolidation.close();
      }
    } finally {
      await liveness.close();
      await pgPool.end();
      await store.close();
    }
  } finally {
    shutdown.dispose();
  }
  return totals;
}

// A worker may start before its database does (a machine booting, a server restarting).
async function openStoreWhenReachable(options: RunWorkersOptions, shutdown: ShutdownSignal, log: (line: string) => void): Promise<Store | null> {
  let waiting = false;
  while (!shutdown.stopping) {
    try {
      // A job uses one store connection at a time. graphile-worker completes the job with a
      // synchronous commit after the article is stored: the article's own commit need not wait for the disk.
      const store = await openPostgresStore(options.url, { maxConnections: options.concurrency, asyncCommit: true });
      if (waiting) log('database reachable');
      return store;
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      if (!waiting) log(`waiting for the database: ${describeError(error)}`);
      waiting = true;
      await shutdown.pause(RETRY_DELAY_MS);
    }
  }
  return null;
}

interface PoolContext {
  pgPool: pg.Pool;
  liveness: PoolLiveness;
  taskList: TaskList;
  shutdown: ShutdownSignal;
  totals: WorkerTotals;
  log: (line: string) => void;
}

async function runPools(options: RunWorkersOptions, context: PoolContext): Promise<void> {
  const { pgPool, liveness, taskList, shutdown, totals, log } = context;
  let runner: Runner | null = null;
  shutdown.onStop((signal, again) => {
    if (again) {
      log(`${signal} again: stopping now, unfinished jobs go back to the queue`);
      void runner?.kill(signal).catch(() => undefined);
    } else {
      log(`${signal}: finishing the jobs in hand, then stopping`);
      void runner?.stop(signal).catch(() => undefined);
    }
  });

  const sweep = async () => {
    try {
      await liveness.refresh();
      const dead = await sweepDeadPools(pgPool, options.schema);
      if (dead.length > 0) log(`handed back the jobs of stopped worker pool${dead.length > 1 ? 's' : ''} ${dead.join(', ')}`);
    } catch (error) {
      log(`could not check for stopped workers: ${describeError(error)}`);
    }
  };
  const sweeper = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);

  log(`working on ${redactPassword(options.url)} with ${options.concurrency} job${options.concurrency > 1 ? 's' : ''} at a time`);
  try {
    while (!shutdown.stopping) {
      const events: WorkerEvents = new EventEmitter();
      let poolId: string | null = null;
      events.on('pool:create', ({ workerPool }) => {
        poolId = workerPool.id;
        liveness.hold(workerPool.id).catch((error: unknown) => log(`could not mark this worker alive: ${describeError(error)}`));
      });
      events.on('job:error', ({ job, error }) => {
        totals.failedAttempts++;
        log(`job ${job.id} (article ${job.key}) failed attempt ${job.attempts} of ${job.max_attempts}: ${describeError(error)}`);
      });
      try {
        runner = await run({
          pgPool,
          schema: options.schema,
          concurrency: options.concurrency,
          noHandleSignals: true,
          taskList,
          crontab: '',
          events,
          logger: workerLogger(log),
          // Outcomes are recorded in batches, a commit for several jobs. The batcher also turns a
          // failure to record them into a stopped pool (which this loop replaces) rather than an
          // unhandled rejection. graphile-worker's local queue (jobs fetched in batches) would be
          // faster still, but a server restart makes it throw where nothing can catch it.
          preset: { worker: { completeJobBatchDelay: OUTCOME_BATCH_MS, failJobBatchDelay: OUTCOME_BATCH_MS } },
        });
        if (shutdown.stopping) void runner.stop('stopping');
        else void sweep();
        if (await poolStopped(runner.promise, events, POOL_FLUSH_GRACE_MS) === 'stuck') {
          log(`worker pool ${poolId} has no job in hand but did not finish stopping; leaving it behind`);
        }
      } catch (error) {
        if (!shutdown.stopping) log(`worker pool stopped: ${describeError(error)}`);
      } finally {
        runner = null;
        if (poolId !== null) await liveness.release(poolId);
      }
      if (!shutdown.stopping) {
        log(`starting a new worker pool in ${RETRY_DELAY_MS / 1000} s`);
        await shutdown.pause(RETRY_DELAY_MS);
      }
    }
  } finally {
    clearInterval(sweeper);
  }
}
