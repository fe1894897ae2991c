// The loop shared by extract and ingest: read inputs, run the pipeline on each article,
// account for every input (a stage failure skips that article, never the batch).
import type { Article, EventRecord } from '../contract.js';
import { createAnnalist } from '../pipeline.js';
import { readInputs } from '../ingest/read-inputs.js';
import { IngestSummary } from '../ingest/summary.js';
import { describeError } from '../errors.js';
import { createProgress } from './progress.js';

export interface ProcessOptions {
  published?: string;
  outlet?: string;
  lexicon?: string[];
  quiet?: boolean;
}

export interface ProcessedArticle {
  article: Article;
  events: EventRecord[];
}

/**
 * Calls `onArticle` for each new article with its events; `isDuplicate` decides whether an
 * article id was seen before (in this run or in a store). Returns the batch summary.
 */
export async function processArticles(
  inputs: string[],
  options: ProcessOptions,
  onArticle: (processed: ProcessedArticle) => Promise<void> | void,
  isDuplicate: (id: string) => Promise<boolean> | boolean,
): Promise<IngestSummary> {
  const annalist = createAnnalist({ lexicons: options.lexicon });
  const summary = new IngestSummary();
  const progress = createProgress(options.quiet ?? false);
  try {
    for await (const item of readInputs(inputs, { published: options.published, outlet: options.outlet })) {
      progress.tick(item.input);
      if (item.kind === 'skipped') {
        summary.add(item);
        continue;
      }
      if (await isDuplicate(item.article.id)) {
        summary.add(item, { duplicate: true });
        continue;
      }
      let events: EventRecord[];
      try {
        events = annalist.extract(item.article).events;
      } catch (error) {
        summary.add({ kind: 'skipped', input: item.input, reason: describeError(error).replace(`${item.input}: `, '') });
        continue;
      }
      await onArticle({ article: item.article, events });
      summary.add(item);
    }
  } finally {
    progress.stop();
  }
  return summary;
}
