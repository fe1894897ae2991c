// Groups event mentions into events: candidate pairs come from blocks (same story and trigger
// family, same story and CAMEO root, same participant and CAMEO root), are scored by
// event-identity, and clustered by average link. The result depends on the mentions only.
import { agglomerate, type Link } from './agglomerate.js';
import { incompatible, mentionSimilarity } from './event-identity.js';
import type { MentionFeatures } from './mention-features.js';

/** How alike two documents are, in [0, 1]; 1 for a document and itself. */
export type DocumentCloseness = (a: string, b: string) => number;

export interface MentionClusterOptions {
  /** Least average similarity at which two groups of mentions are one event. */
  threshold: number;
}

export const DEFAULT_MENTION_CLUSTER_OPTIONS: MentionClusterOptions = { threshold: 0.5 };

function blockKeys(mention: MentionFeatures): string[] {
  const keys: string[] = [];
  if (mention.lemma) keys.push(`story:${mention.story}\u0000lemma:${mention.lemma}`);
  if (mention.code) {
    const root = mention.code.slice(0, 2);
    keys.push(`story:${mention.story}\u0000root:${root}`);
    for (const participant of mention.participants) keys.push(`participant:${participant}\u0000root:${root}`);
  }
  return keys;
}

/** Clusters of mention ids, each sorted, ordered by their first id. */
export function clusterMentions(mentions: readonly MentionFeatures[], closeness: DocumentCloseness, options = DEFAULT_MENTION_CLUSTER_OPTIONS): string[][] {
  const blocks = new Map<string, MentionFeatures[]>();
  for (const mention of mentions) {
    for (const key of blockKeys(mention)) {
      const block = blocks.get(key);
      if (block) block.push(mention);
      else blocks.set(key, [mention]);
    }
  }
  const seen = new Set<string>();
  const links: Link[] = [];
  const cannotLink: [string, string][] = [];
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = block[i].id < block[j].id ? [block[i], block[j]] : [block[j], block[i]];
        const key = `${a.id}\u0000${b.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (incompatible(a, b)) cannotLink.push([a.id, b.id]);
        else links.push({ a: a.id, b: b.id, similarity: mentionSimilarity(a, b, closeness(a.document, b.document)) });
      }
    }
  }
  return agglomerate(mentions.map((m) => m.id), links, { threshold: options.threshold, cannotLink });
}
