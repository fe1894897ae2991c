// Workers store articles one job at a time; consolidating after every job would recompute the
// events hundreds of times a minute. Instead a worker consolidates a while after its last
// stored article (and once more before it exits), so the events catch up when a batch ends.
// Several workers may consolidate at once: the store serialises them and drops a stale result.
import { consolidateStore } from '../consolidate/consolidate-store.js';
import { describeError } from '../errors.js';
import type { ConsolidationLexicons } from '../lexicons.js';
import type { Store } from '../store/store.js';

export class DebouncedConsolidation {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;

  constructor(
    private readonly store: Store,
    private readonly lexicons: ConsolidationLexicons,
    private readonly quietMs: number,
    private readonly log: (line: string) => void,
  ) {}

  /** An article was stored: consolidate once no other arrives for `quietMs`. */
  articleStored(): void {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.quietMs);
    this.timer.unref();
  }

  /** Consolidates what is still pending, then stops. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    if (this.dirty) await this.run();
  }

  private async run(): Promise<void> {
    if (this.running) {
      // One at a time; articles stored meanwhile leave `dirty` set for the next quiet spell.
      await this.running;
      if (!this.dirty) return;
    }
    this.dirty = false;
    this.running = consolidateStore(this.store, this.lexicons).then(
      (change) => this.log(change.superseded ? 'consolidation superseded by a newer one' : `consolidated: ${change.events} events (${change.written} written, ${change.removed} removed)`),
      (error: unknown) => {
        this.dirty = true;
        this.log(`consolidation failed, will retry after the next article: ${describeError(error)}`);
      },
    ).finally(() => {
      this.running = null;
    });
    await this.running;
  }
}
