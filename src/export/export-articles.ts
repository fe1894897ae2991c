// The articles an export reads besides the events themselves: each event's own article and,
// for a consolidated event, every article that reports it (GDELT's AvgTone averages them), with
// the time the store took each (GDELT's DATEADDED).
import type { ConsolidatedEvent, EventRecord } from '../contract.js';
import type { Store } from '../store/store.js';
import type { ExportArticle } from './format.js';

export async function exportArticles(store: Store, events: readonly EventRecord[]): Promise<Map<string, ExportArticle>> {
  const ids = new Set<string>();
  for (const event of events) {
    ids.add(event.article_id);
    for (const mention of (event as Partial<ConsolidatedEvent>).mentions ?? []) ids.add(mention.article_id);
  }
  const articles = new Map<string, ExportArticle>();
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (article) articles.set(id, { ...article, ingested_at: await store.ingestedAt(id) });
  }
  return articles;
}
