// annalist enqueue: read inputs and add one job per new article to the PostgreSQL queue,
// for `annalist worker` processes on any machine to take. Re-enqueueing is a no-op: an
// article already stored, or already holding a job, is counted and left alone.
import { printable } from '../../printable.js';
import { failOnMissingInputs } from '../missing-inputs.js';
import type { Article } from '../../contract.js';
import { AnnalistError } from '../../errors.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { EnqueueSummary } from '../../queue/enqueue-summary.js';
import { enqueueArticles } from '../../queue/enqueue-articles.js';
import { queueDatabaseUrl, queueSchema } from '../../queue/queue-location.js';
import { openQueuePool } from '../../queue/queue-pool.js';
import { openStore } from '../../store/open-store.js';
import { createProgress } from '../progress.js';

const CHUNK = 200;

export interface EnqueueOptions {
  db?: string;
  published?: string;
  outlet?: string;
  /** Longest article text, in MiB (--max-article-mb). */
  maxArticleMb?: string;
  maxAttempts: number;
  quiet?: boolean;
}

// graphile-worker keeps the attempt count in a smallint.
const MAX_ATTEMPTS = 32_767;

export async function enqueueCommand(inputs: string[], options: EnqueueOptions): Promise<void> {
  if (!(Number.isInteger(options.maxAttempts) && options.maxAttempts > 0 && options.maxAttempts <= MAX_ATTEMPTS)) {
    throw new AnnalistError('usage', `max-attempts '${options.maxAttempts}' is not a whole number from 1 to ${MAX_ATTEMPTS}`);
  }
  const url = queueDatabaseUrl(options.db);
  const schema = queueSchema();
  const warn = (line: string) => process.stderr.write(`annalist: ${printable(line)}\n`);
  // Opening the store migrates it, so that workers started later find their tables.
  const store = await openStore(url);
  const summary = new EnqueueSummary();
  const progress = createProgress(options.quiet ?? false);
  try {
    const pool = await openQueuePool(url, schema, warn);
    try {
      const seen = new Set<string>();
      let chunk: Article[] = [];
      const flush = async () => {
        summary.addEnqueued(await enqueueArticles(pool, schema, chunk, options.maxAttempts));
        chunk = [];
      };
      for await (const item of readInputs(inputs, { published: options.published, outlet: options.outlet, maxArticleMb: options.maxArticleMb })) {
        progress.tick(item.input);
        if (item.kind === 'skipped') {
          summary.addSkip(item.input, item.reason);
          continue;
        }
        for (const warning of item.warnings) summary.addWarning(item.input, warning);
        if (seen.has(item.article.id)) {
          summary.duplicates++;
          continue;
        }
        seen.add(item.article.id);
        if (await store.hasArticle(item.article.id)) {
          summary.alreadyStored++;
          continue;
        }
        chunk.push(item.article);
        if (chunk.length >= CHUNK) await flush();
      }
      await flush();
    } finally {
      await pool.end();
    }
  } finally {
    progress.stop();
    await store.close();
  }
  if (!options.quiet) process.stderr.write(`${summary.render()}\n`);
  failOnMissingInputs(inputs);
}
