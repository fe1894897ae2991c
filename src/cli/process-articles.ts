// The loop shared by extract and ingest: read inputs, run the pipeline on each article,
// account for every input (a stage failure skips that article, never the batch).
//
// With `workers` > 1 the pipeline runs on that many threads while this thread keeps
// reading; results are still handed on in input order, so the summary, the batches and
// the store end exactly as with one worker.
import type { Article, EventRecord } from '../contract.js';
import { createAnnalist } from '../pipeline.js';
import { readInputs } from '../ingest/read-inputs.js';
import { IngestSummary } from '../ingest/summary.js';
import type { IngestItem } from '../ingest/types.js';
import { AnnalistError, describeError } from '../errors.js';
import { startThreadExtractor } from './extract-threads.js';
import { createProgress } from './progress.js';
import { readAhead } from './read-ahead.js';

export interface ProcessOptions {
  published?: string;
  outlet?: string;
  /** Longest article text, in MiB (--max-article-mb). */
  maxArticleMb?: string;
  lexicon?: string[];
  quiet?: boolean;
  /** Extraction threads; 1 (the default) extracts on the main thread. */
  workers?: number;
}

export interface ProcessedArticle {
  article: Article;
  events: EventRecord[];
}

interface Extractor {
  extract(article: Article): Promise<EventRecord[]>;
  close(): Promise<void>;
}

type Outcome =
  | { kind: 'counted'; item: IngestItem; duplicate: boolean }
  | { kind: 'extracted'; item: Extract<IngestItem, { kind: 'article' }>; events: EventRecord[] }
  | { kind: 'failed'; item: Extract<IngestItem, { kind: 'article' }>; error: unknown };

// Articles extracted ahead of the one being handed on, per thread: enough to keep every
// thread busy while this thread writes a batch to the store (a few milliseconds an article
// each, a batch write about a hundred), few enough to bound memory.
const AHEAD_PER_WORKER = 32;
// Inputs read ahead of the article being extracted.
const READ_AHEAD = 4;

/**
 * Calls `onArticle` for each new article with its events; `isDuplicate` decides whether an
 * article id was seen before in a store (an id seen earlier in this run always is). Returns
 * the batch summary.
 */
export async function processArticles(
  inputs: string[],
  options: ProcessOptions,
  onArticle: (processed: ProcessedArticle) => Promise<void> | void,
  isDuplicate: (id: string) => Promise<boolean> | boolean,
): Promise<IngestSummary> {
  const workers = options.workers ?? 1;
  if (!(Number.isInteger(workers) && workers > 0)) {
    throw new AnnalistError('usage', `workers '${options.workers}' is not a positive whole number`);
  }
  const extractor = await createExtractor(workers, options.lexicon);
  const summary = new IngestSummary();
  const progress = createProgress(options.quiet ?? false);
  const seen = new Set<string>();
  const ahead: Promise<Outcome>[] = [];
  const limit = workers === 1 ? 1 : workers * AHEAD_PER_WORKER;

  const handOn = async (outcome: Outcome) => {
    if (outcome.kind === 'counted') {
      summary.add(outcome.item, { duplicate: outcome.duplicate });
    } else if (outcome.kind === 'failed') {
      const { item, error } = outcome;
      summary.add({ kind: 'skipped', input: item.input, reason: describeError(error).replace(`${item.input}: `, '') });
    } else {
      await onArticle({ article: outcome.item.article, events: outcome.events });
      summary.add(outcome.item);
    }
  };

  try {
    for await (const item of readAhead(readInputs(inputs, { published: options.published, outlet: options.outlet, maxArticleMb: options.maxArticleMb }), READ_AHEAD)) {
      progress.tick(item.input);
      if (item.kind === 'skipped') {
        ahead.push(Promise.resolve({ kind: 'counted', item, duplicate: false }));
      } else if (seen.has(item.article.id) || await isDuplicate(item.article.id)) {
        ahead.push(Promise.resolve({ kind: 'counted', item, duplicate: true }));
      } else {
        seen.add(item.article.id);
        ahead.push(extractor.extract(item.article).then(
          (events): Outcome => ({ kind: 'extracted', item, events }),
          (error: unknown): Outcome => ({ kind: 'failed', item, error })));
      }
      while (ahead.length >= limit) await handOn(await ahead.shift()!);
    }
    while (ahead.length > 0) await handOn(await ahead.shift()!);
  } finally {
    progress.stop();
    await extractor.close();
  }
  return summary;
}

// A thread with this much text waiting (about 60 ms of extraction) stays busy while this
// thread writes a batch to the store (tens of milliseconds) or extracts an article itself:
// only then is the next article extracted here.
const ENOUGH_WAITING = 64_000;

/**
 * N extractors: this thread and N - 1 threads. This thread is one of them because it would
 * otherwise mostly wait, and on a machine with N cores an Nth thread would only compete with it.
 */
async function createExtractor(workers: number, lexicons: string[] | undefined): Promise<Extractor> {
  // The threads assemble their pipelines while this one assembles its own.
  const starting = workers > 1 ? startThreadExtractor(workers - 1, lexicons) : null;
  let here: ReturnType<typeof createAnnalist>;
  try {
    here = createAnnalist({ lexicons });
  } catch (error) {
    await starting?.then((threads) => threads.close(), () => undefined);
    throw error;
  }
  const extractHere = async (article: Article) => here.extract(article).events;
  if (starting === null) return { extract: extractHere, close: async () => undefined };
  const threads = await starting;
  return {
    extract: (article) => (threads.leastWaiting() >= ENOUGH_WAITING + article.text.length ? extractHere(article) : threads.extract(article)),
    close: () => threads.close(),
  };
}
