// The one place where a reader's draft becomes an Article: every format gets the same
// id, date normalization, defaults and language check.
import { articleId } from './article-id.js';
import { maxArticleBytes, oversizeReason } from './article-size.js';
import { nonEnglishReason } from './language.js';
import { normalizePublished } from './published-date.js';
import type { ArticleDraft, IngestItem } from './types.js';

/** Defaults for inputs that carry no metadata of their own; `published` already YYYY-MM-DD. */
export interface ArticleDefaults {
  published: string | null;
  outlet: string | null;
  /** Longest article text, in bytes of UTF-8 (src/ingest/article-size.ts); the default limit when absent. */
  maxArticleBytes?: number;
}

export function buildArticle(draft: ArticleDraft, input: string, defaults: ArticleDefaults, warnings: string[]): IngestItem {
  const oversize = oversizeReason(Buffer.byteLength(draft.text, 'utf8'), defaults.maxArticleBytes ?? maxArticleBytes(undefined));
  if (oversize) return { kind: 'skipped', input, reason: oversize };
  if (draft.text.trim() === '') return { kind: 'skipped', input, reason: 'empty' };
  const language = nonEnglishReason(draft.text);
  if (language) return { kind: 'skipped', input, reason: language };

  const itemWarnings = [...warnings];
  let published: string | null = null;
  const writtenDate = tidy(draft.published);
  if (writtenDate !== null) {
    published = normalizePublished(writtenDate);
    if (published === null) itemWarnings.push(`published date "${writtenDate}" is not a calendar date; ignored`);
  }

  return {
    kind: 'article',
    input,
    warnings: itemWarnings,
    article: {
      id: articleId(draft.text),
      title: tidy(draft.title),
      published: published ?? defaults.published,
      outlet: tidy(draft.outlet) ?? defaults.outlet,
      url: tidy(draft.url),
      text: draft.text,
      source: input,
      ...(draft.docId ? { doc_id: draft.docId } : {}),
    },
  };
}

/** Metadata is display text: one line, trimmed, and null rather than empty. */
function tidy(value: string | null): string | null {
  if (value === null) return null;
  const tidied = value.replace(/\s+/g, ' ').trim();
  return tidied === '' ? null : tidied;
}
