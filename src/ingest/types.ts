// What ingestion yields: every input ends as an article or as a skip with its reason,
// so a batch summary can account for all of them.
import type { Article } from '../contract.js';

export interface IngestOptions {
  /** Publication date (YYYY-MM-DD) for inputs that carry none. */
  published?: string;
  /** Outlet name for inputs that carry none. */
  outlet?: string;
}

export type IngestItem =
  | { kind: 'article'; article: Article; input: string; warnings: string[] }
  | { kind: 'skipped'; input: string; reason: string };
