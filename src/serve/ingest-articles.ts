// POST /api/articles: validated article records through the same steps as `annalist ingest`
// (buildArticle for ids, dates and the language check; the pipeline; one store batch).
import type { z } from 'zod';
import type { EventRecord } from '../contract.js';
import { describeError } from '../errors.js';
import { buildArticle } from '../ingest/build-article.js';
import type { articleRecord } from '../ingest/article-record.js';
import type { ArticleWithEvents, Store } from '../store/store.js';
import type { Extraction } from './extraction.js';

export type ArticleInput = z.infer<typeof articleRecord>;

export interface IngestResult {
  index: number;
  status: 'ingested' | 'duplicate' | 'skipped';
  article_id: string | null;
  events: number;
  reason: string | null;
  warnings: string[];
}

export interface IngestReport {
  ingested: number;
  duplicates: number;
  skipped: number;
  results: IngestResult[];
}

/** Codes and stores the articles; one that cannot be coded is skipped with its reason, never the batch. */
export async function ingestArticles(inputs: ArticleInput[], extraction: Extraction, store: Store, maxArticleBytes?: number): Promise<IngestReport> {
  const results: IngestResult[] = [];
  const batch: ArticleWithEvents[] = [];
  const seen = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    // A posted article is known by the id it was posted with, else its URL, else annalist's own id.
    const docId = input.id === undefined || input.id === null ? input.url ?? null : String(input.id);
    const draft = { docId, title: input.title ?? null, published: input.published ?? null, outlet: input.outlet ?? null, url: input.url ?? null, text: input.text };
    const item = buildArticle(draft, `POST /api/articles[${index}]`, { published: null, outlet: null, maxArticleBytes }, []);
    if (item.kind === 'skipped') {
      results.push({ index, status: 'skipped', article_id: null, events: 0, reason: item.reason, warnings: [] });
      continue;
    }
    const { warnings } = item;
    const article = item.article.doc_id ? item.article : { ...item.article, doc_id: item.article.id };
    if (seen.has(article.id) || await store.hasArticle(article.id)) {
      results.push({ index, status: 'duplicate', article_id: article.id, events: 0, reason: null, warnings });
      continue;
    }
    let events: EventRecord[];
    try {
      events = await extraction.extract(article);
    } catch (error) {
      results.push({ index, status: 'skipped', article_id: article.id, events: 0, reason: describeError(error), warnings });
      continue;
    }
    seen.add(article.id);
    batch.push({ article, events });
    results.push({ index, status: 'ingested', article_id: article.id, events: events.length, reason: null, warnings });
  }
  if (batch.length > 0) {
    // Another request may have stored the same article since we checked.
    const { duplicates } = await store.saveBatch(batch);
    for (const result of results) {
      if (result.status === 'ingested' && duplicates.includes(result.article_id ?? '')) {
        Object.assign(result, { status: 'duplicate', events: 0 });
      }
    }
  }
  const count = (status: IngestResult['status']) => results.filter((result) => result.status === status).length;
  return { ingested: count('ingested'), duplicates: count('duplicate'), skipped: count('skipped'), results };
}
