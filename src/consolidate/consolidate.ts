// Event mentions from many articles → events. The one entry point the stores call: it turns
// stored mentions into identity features, clusters them and summarises each cluster.
import type { ConsolidatedEvent } from '../contract.js';
import type { ConsolidationLexicons } from '../lexicons.js';
import { clusterMentions } from './cluster-mentions.js';
import { summarizeEvent } from './event-summary.js';
import { featuresOfRecord } from './record-features.js';
import type { StoredMention } from './stored-mention.js';

/** Events of `mentions`, ordered by id; the same mentions give the same events in any order. */
export function consolidateMentions(mentions: readonly StoredMention[], lexicons: ConsolidationLexicons): ConsolidatedEvent[] {
  const byId = new Map(mentions.map((m) => [m.record.id, m]));
  const features = mentions.map((m) => featuresOfRecord(m.record, m.story, lexicons));
  const story = new Map(mentions.map((m) => [m.record.article_id, m.story]));
  // Within a story articles count as fully alike; across stories only shared participants link.
  const closeness = (a: string, b: string) => (story.get(a) === story.get(b) ? 1 : 0);
  return clusterMentions(features, closeness)
    .map((ids) => summarizeEvent(ids.map((id) => byId.get(id)!)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
