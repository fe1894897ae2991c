import { EventEmitter } from 'node:events';
import type { WorkerEvents } from 'graphile-worker';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { poolStopped } from './pool-stopped.js';

const GRACE_MS = 5_000;

/** A promise that never settles: a pool stuck terminating. */
const never = () => new Promise<void>(() => undefined);

describe('poolStopped', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is 'stopped' when the runner's promise settles, and passes on its error", async () => {
    await expect(poolStopped(Promise.resolve(), new EventEmitter() as WorkerEvents, GRACE_MS)).resolves.toBe('stopped');
    await expect(poolStopped(Promise.reject(new Error('boom')), new EventEmitter() as WorkerEvents, GRACE_MS)).rejects.toThrow('boom');
  });

  it('waits for a pool that has not finished its shutdown, however long it takes', async () => {
    const events = new EventEmitter() as WorkerEvents;
    let end: string | null = null;
    void poolStopped(never(), events, GRACE_MS).then((value) => (end = value));
    events.emit('pool:gracefulShutdown', {} as never);
    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    expect(end).toBeNull();
  });

  it("is 'stuck' when the pool's promise stays pending past the grace after its shutdown completed", async () => {
    for (const event of ['pool:gracefulShutdown:complete', 'pool:forcefulShutdown:complete', 'pool:forcefulShutdown:error'] as const) {
      const events = new EventEmitter() as WorkerEvents;
      let end: string | null = null;
      void poolStopped(never(), events, GRACE_MS).then((value) => (end = value));
      events.emit(event, {} as never);
      await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
      expect(end).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(end, event).toBe('stuck');
    }
  });

  it("is 'stopped' when the promise settles within the grace", async () => {
    const events = new EventEmitter() as WorkerEvents;
    let settle = () => undefined as void;
    const promise = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const end = poolStopped(promise, events, GRACE_MS);
    events.emit('pool:gracefulShutdown:complete', {} as never);
    await vi.advanceTimersByTimeAsync(GRACE_MS / 2);
    settle();
    await expect(end).resolves.toBe('stopped');
    expect(vi.getTimerCount()).toBe(0);
  });
});
