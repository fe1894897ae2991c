// The tagger's classes: universal and Penn tag pairs as the treebanks use them. A pair seen
// fewer than `minCount` times is folded into the commonest pair of its universal tag, so
// the universal tag is still learned and the rare Penn tag (an annotation slip, mostly) is not.
import type { ConlluSentence } from '../conllu.js';

export interface TagSet {
  tags: string[];
  classOf(upos: string, xpos: string): number;
}

export function buildTagSet(sentences: readonly ConlluSentence[], minCount: number): TagSet {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const token of sentence.tokens) {
    const pair = `${token.upos}|${token.xpos}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const tags: string[] = [];
  const commonest = new Map<string, string>();
  for (const [pair, count] of ranked) {
    const upos = pair.split('|')[0];
    if (count >= minCount || !commonest.has(upos)) {
      tags.push(pair);
      if (!commonest.has(upos)) commonest.set(upos, pair);
    }
  }
  if (tags.length > 250) throw new Error(`${tags.length} tag pairs: more than a byte can number`);
  const index = new Map(tags.map((tag, i) => [tag, i]));
  return {
    tags,
    classOf(upos, xpos) {
      const exact = index.get(`${upos}|${xpos}`);
      if (exact !== undefined) return exact;
      const fallback = commonest.get(upos);
      if (fallback === undefined) throw new Error(`universal tag '${upos}' was never seen in training`);
      return index.get(fallback)!;
    },
  };
}
