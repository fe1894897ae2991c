// When a graphile-worker pool is over. Its runner's promise normally says so, but graphile-worker
// 0.17 can leave that promise pending for ever. Once a batch of job outcomes fails to be recorded
// (the database went away), its batcher keeps counting down batches in flight without counting
// them up, and when two more batches settle before the pool terminates, terminating waits for
// a count that never returns to zero. The pool's jobs are over by then: it announces its shutdown
// complete before it terminates, and only outcomes already sent remain to be flushed. So a pool
// counts as stopped when its promise settles, or `graceMs` after that announcement.
import type { WorkerEvents } from 'graphile-worker';

const SHUTDOWN_OVER = ['pool:gracefulShutdown:complete', 'pool:forcefulShutdown:complete', 'pool:forcefulShutdown:error'] as const;

/**
 * 'stopped' when `promise` (the runner's) settles, 'stuck' when the pool announced the end of its
 * shutdown on `events` and `graceMs` passed without it; rejects with the promise's error.
 */
export async function poolStopped(promise: Promise<unknown>, events: WorkerEvents, graceMs: number): Promise<'stopped' | 'stuck'> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<'stuck'>((resolve) => {
    const shutdownOver = () => {
      timer ??= setTimeout(() => resolve('stuck'), graceMs);
    };
    for (const event of SHUTDOWN_OVER) events.on(event, shutdownOver);
  });
  try {
    return await Promise.race([promise.then(() => 'stopped' as const), stuck]);
  } finally {
    clearTimeout(timer);
  }
}
