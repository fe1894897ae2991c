// A cleaner recognises one kind of scrape noise. It reads the ORIGINAL article text and
// proposes edits in original offsets; it never sees another cleaner's output, so cleaners
// cannot depend on each other's order and every edit maps straight back to the source.
import type { TextEdit } from './offset-map.js';

export interface CleanContext {
  /** The article's title from its metadata, when ingestion found one. */
  title: string | null;
}

export interface Cleaner {
  /** Stable name, written into each edit's `cleaner` field. */
  name: string;
  find(text: string, context: CleanContext): TextEdit[];
}
