// What every route needs: the store, and the heavier resources loaded on first use so that
// `annalist serve` starts fast and a read-only session never compiles the pipeline.
import type { Lexicons } from '../lexicons.js';
import type { Store } from '../store/store.js';
import type { Extraction } from './extraction.js';

export interface ServeContext {
  store: Store;
  /** Bearer token every write must carry; null when writes are open. */
  token: string | null;
  /** Where posted articles are coded: extraction threads under `annalist serve`. */
  extraction: Extraction;
  /** How many articles may be extracting or waiting at once (`--queue-depth`), for the 503 message. */
  queueDepth: number;
  /** Longest article text accepted, in bytes of UTF-8 (`--max-article-mb`). */
  maxArticleBytes: number;
  /** The lexicons the pipeline reads (with `--lexicon`): the actors' roles, the CAMEO codes, what consolidation reads. */
  lexicons(): Lexicons;
}

/** A factory that runs once, on first call. */
export function once<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}
