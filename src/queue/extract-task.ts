// What a worker does with one job: the same extraction and the same store call as
// `annalist ingest`, for one article. A thrown error fails the attempt; graphile-worker
// retries it with backoff and, after the last attempt, keeps the job with this message.
import type { JobHelpers } from 'graphile-worker';
import type { Annalist } from '../pipeline.js';
import type { Store } from '../store/store.js';
import { describeError } from '../errors.js';
import { articleFromPayload } from './article-job.js';

export interface WorkerTotals {
  stored: number;
  events: number;
  /** Articles the store already had: a job run twice, or an article ingested another way. */
  duplicates: number;
  failedAttempts: number;
}

/** `stored` is told of each article this worker stored (to consolidate once a batch ends). */
export function createExtractTask(annalist: Annalist, store: Store, totals: WorkerTotals, stored: () => void = () => undefined) {
  return async (payload: unknown, _helpers: JobHelpers): Promise<void> => {
    const article = articleFromPayload(payload);
    try {
      // A job handed back after a crash may find its article stored already: no need to extract it again.
      if (await store.hasArticle(article.id)) {
        totals.duplicates++;
        return;
      }
      const events = annalist.extract(article).events;
      const result = await store.saveBatch([{ article, events }]);
      if (result.inserted.length === 1) {
        totals.stored++;
        totals.events += events.length;
        stored();
      } else {
        totals.duplicates++;
      }
    } catch (error) {
      // The job list shows the key (content hash); the source says which file to look at.
      const message = describeError(error);
      throw new Error(message.startsWith(`${article.source}: `) ? message : `${article.source}: ${message}`, { cause: error });
    }
  };
}
