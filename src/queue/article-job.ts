// The one kind of job: extract and store one article. The job carries the whole article, so
// a worker on another machine needs no access to the files it came from. Its key is the
// article's content hash: the queue holds at most one job per article.
import type { Article } from '../contract.js';

export const EXTRACT_TASK = 'annalist_extract';

export interface ArticlePayload {
  article: Article;
}

const FIELDS = ['id', 'text', 'source'] as const;
const NULLABLE_FIELDS = ['title', 'published', 'outlet', 'url'] as const;

/** The article of a job's payload; an Error naming the field when the payload is not one. */
export function articleFromPayload(payload: unknown): Article {
  const article = (payload as { article?: unknown } | null)?.article;
  if (typeof article !== 'object' || article === null) throw new Error('job payload has no article object');
  const record = article as Record<string, unknown>;
  for (const field of FIELDS) {
    if (typeof record[field] !== 'string') throw new Error(`job payload: article field "${field}" must be a string`);
  }
  for (const field of NULLABLE_FIELDS) {
    if (record[field] !== null && typeof record[field] !== 'string') {
      throw new Error(`job payload: article field "${field}" must be a string or null`);
    }
  }
  if (record.doc_id !== undefined && typeof record.doc_id !== 'string') throw new Error('job payload: article field "doc_id" must be a string');
  const { id, title, published, outlet, url, text, source, doc_id: docId } = record as unknown as Article;
  return { id, title, published, outlet, url, text, source, ...(docId === undefined ? {} : { doc_id: docId }) };
}
