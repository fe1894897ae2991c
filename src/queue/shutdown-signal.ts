// SIGTERM and SIGINT for a long-running command: the first asks it to stop gracefully, a
// second to stop now. Waits taken through pause() end early when a stop is asked for.
import { setTimeout as sleep } from 'node:timers/promises';

export class ShutdownSignal {
  stopping = false;
  private readonly handlers: ((signal: string, again: boolean) => void)[] = [];
  private readonly wakers = new Set<() => void>();
  private readonly onSignal = (signal: NodeJS.Signals) => {
    const again = this.stopping;
    this.stopping = true;
    for (const wake of this.wakers) wake();
    for (const handler of this.handlers) handler(signal, again);
  };

  constructor() {
    process.on('SIGTERM', this.onSignal);
    process.on('SIGINT', this.onSignal);
  }

  /** Calls `handler` on every signal; `again` is true from the second one on. */
  onStop(handler: (signal: string, again: boolean) => void): void {
    this.handlers.push(handler);
  }

  async pause(ms: number): Promise<void> {
    if (this.stopping) return;
    let wake = () => undefined as void;
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    this.wakers.add(wake);
    try {
      await Promise.race([sleep(ms), woken]);
    } finally {
      this.wakers.delete(wake);
    }
  }

  dispose(): void {
    process.off('SIGTERM', this.onSignal);
    process.off('SIGINT', this.onSignal);
  }
}
