// An event mention as consolidation sees it: the record and the article it came from.
import type { EventRecord } from '../contract.js';

export interface StoredMention {
  record: EventRecord;
  outlet: string | null;
  /** Publication date of the article (YYYY-MM-DD), or null. */
  published: string | null;
  /** Story id of the article. */
  story: string;
}
