// Where the server codes posted articles: on extraction threads, so that the thread answering
// reads never runs the pipeline (a 1 MB article takes seconds), and behind an admission limit,
// so that a burst of writes waits in a queue of known depth instead of growing without bound.
// `annalist serve` uses threads; an embedding program or a test may extract on its own thread.
import type { Article, EventRecord } from '../contract.js';
import type { Annalist } from '../pipeline.js';
import { startThreadExtractor, type ThreadExtractor } from '../cli/extract-threads.js';

/** Articles that may be extracting or waiting at once, by default (`annalist serve --queue-depth`). */
export const DEFAULT_QUEUE_DEPTH = 64;
/** What a turned-away client is told to wait, in seconds: about what the queue takes to drain on a small machine. */
export const RETRY_AFTER_SECONDS = 10;

export interface Extraction {
  /**
   * Takes `count` places in the queue; false when they would pass its depth. A request alone
   * is always admitted, however many articles it holds, so a large batch is slow, never refused.
   */
  admit(count: number): boolean;
  /** Gives back places `admit` took. */
  release(count: number): void;
  extract(article: Article): Promise<EventRecord[]>;
  close(): Promise<void>;
}

class Admission {
  private pending = 0;

  constructor(private readonly depth: number) {}

  admit(count: number): boolean {
    if (this.pending > 0 && this.pending + count > this.depth) return false;
    this.pending += count;
    return true;
  }

  release(count: number): void {
    this.pending = Math.max(0, this.pending - count);
  }
}

/** `threads` extraction threads, started at the first article (a server that only reads never loads the pipeline). */
export function threadedExtraction(threads: number, lexicons: string[] | undefined, depth = DEFAULT_QUEUE_DEPTH): Extraction {
  const admission = new Admission(depth);
  let pool: Promise<ThreadExtractor> | null = null;
  return {
    admit: (count) => admission.admit(count),
    release: (count) => admission.release(count),
    async extract(article) {
      const current = pool ??= startThreadExtractor(threads, lexicons);
      const extractor = await current;
      // Threads that died (out of memory) are replaced at the next article, not left to fail every later one.
      if (!Number.isFinite(extractor.leastWaiting()) && pool === current) {
        pool = null;
        void extractor.close();
        return this.extract(article);
      }
      return extractor.extract(article);
    },
    async close() {
      const started = pool;
      pool = null;
      await started?.then((extractor) => extractor.close(), () => undefined);
    },
  };
}

/** Extraction on the calling thread: for programs that embed the app, and for tests. */
export function inlineExtraction(annalist: () => Promise<Annalist>, depth = DEFAULT_QUEUE_DEPTH): Extraction {
  const admission = new Admission(depth);
  return {
    admit: (count) => admission.admit(count),
    release: (count) => admission.release(count),
    extract: async (article) => (await annalist()).extract(article).events,
    close: async () => undefined,
  };
}
