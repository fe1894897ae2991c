// What ingestion yields: every input ends as an article or as a skip with its reason,
// so a batch summary can account for all of them.
import type { Article } from '../contract.js';

export interface IngestOptions {
  /** Publication date (YYYY-MM-DD) for inputs that carry none. */
  published?: string;
  /** Outlet name for inputs that carry none. */
  outlet?: string;
  /** Longest article text accepted, in MiB (src/ingest/article-size.ts). */
  maxArticleMb?: number | string;
}

export type IngestItem =
  | { kind: 'article'; article: Article; input: string; warnings: string[] }
  | { kind: 'skipped'; input: string; reason: string };

/** What a reader found in one input, before ids, dates and defaults are settled. */
export interface ArticleDraft {
  /** The input's own id, when it gives one (`id` in JSONL and JSON). */
  docId?: string | null;
  title: string | null;
  /** As written in the input; normalized to YYYY-MM-DD when the article is built. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
}

export type ReaderItem =
  | { kind: 'draft'; input: string; draft: ArticleDraft; warnings: string[] }
  | { kind: 'skipped'; input: string; reason: string };

/** Turns the decoded content of one input (named `input`) into drafts and skips. */
export type Reader = (text: string, input: string) => Iterable<ReaderItem>;
