// annalist ingest: store articles and their events; one transaction per batch.
import type { ArticleWithEvents } from '../../store/store.js';
import { openStore } from '../../store/open-store.js';
import { consolidateStore } from '../../consolidate/consolidate-store.js';
import { loadConsolidationLexicons } from '../../lexicons.js';
import { describeConsolidation } from './consolidate.js';
import { processArticles, type ProcessOptions } from '../process-articles.js';
import { failOnMissingInputs } from '../missing-inputs.js';

const BATCH_SIZE = 200;

export async function ingestCommand(inputs: string[], options: ProcessOptions & { db: string }): Promise<void> {
  const store = await openStore(options.db);
  try {
    let batch: ArticleWithEvents[] = [];
    const pending = new Set<string>();
    let events = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await store.saveBatch(batch);
      batch = [];
      pending.clear();
    };
    const summary = await processArticles(inputs, options, async (processed) => {
      batch.push(processed);
      pending.add(processed.article.id);
      events += processed.events.length;
      if (batch.length >= BATCH_SIZE) await flush();
    }, async (id) => pending.has(id) || await store.hasArticle(id));
    await flush();
    const consolidation = await consolidateStore(store, loadConsolidationLexicons(options.lexicon));
    if (!options.quiet) {
      const counts = await store.counts();
      process.stderr.write(`${summary.render()}\n${events} event mentions stored; ${options.db} now holds ${counts.articles} articles, `
        + `${counts.events} event mentions, ${consolidation.events} events (${describeConsolidation(consolidation)})\n`);
    }
  } finally {
    await store.close();
  }
  failOnMissingInputs(inputs);
}
