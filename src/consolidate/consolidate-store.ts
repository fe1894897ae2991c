// Consolidation over a store: read every article's story terms and every mention, group the
// articles into stories and the mentions into events, write back what changed. Everything is
// recomputed from what is stored, so the result is the same whatever order the articles came
// in, and event ids (functions of their mentions) are the same on every run; only the events
// whose mentions changed are rewritten.
import type { ConsolidationLexicons } from '../lexicons.js';
import type { ConsolidationChange, Store } from '../store/store.js';
import { consolidateMentions } from './consolidate.js';
import { storiesOf } from './stories.js';

export async function consolidateStore(store: Store, lexicons: ConsolidationLexicons): Promise<ConsolidationChange> {
  const input = await store.consolidationInput();
  const stories = storiesOf(input.storyTerms);
  const mentions = input.mentions.map((m) => ({ ...m, story: stories.get(m.record.article_id) ?? m.record.article_id }));
  return store.saveConsolidation(stories, consolidateMentions(mentions, lexicons));
}
