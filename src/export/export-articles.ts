// The articles an export reads besides the events themselves: each event's own article and,
// for a format that asks (GDELT's AvgTone averages them), every article that reports a
// consolidated event; with the time the store took each (GDELT's DATEADDED).
import type { ConsolidatedEvent, EventRecord } from '../contract.js';
import type { Store } from '../store/store.js';
import type { ExportArticle, ExportFormat } from './format.js';

export async function exportArticles(store: Store, events: readonly EventRecord[], format: ExportFormat): Promise<Map<string, ExportArticle>> {
  const ids = new Set<string>();
  for (const event of events) {
    ids.add(event.article_id);
    if (!format.readsReportingArticles) continue;
    for (const mention of (event as Partial<ConsolidatedEvent>).mentions ?? []) ids.add(mention.article_id);
  }
  const articles = new Map<string, ExportArticle>();
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (article) articles.set(id, { ...article, ingested_at: await store.ingestedAt(id) });
  }
  return articles;
}
