// The tag dictionary from the training data: a word seen at least `minCount` times, and with one
// tag at least `minShare` of those times, always gets that tag.
import { hashText } from '../feature-hash.js';
import type { TagDictionaryData } from '../tag-dictionary.js';
import type { TaggedSentence } from './train-tagger.js';

export function buildTagDictionary(sentences: readonly TaggedSentence[], minCount: number, minShare: number): TagDictionaryData {
  const counts = new Map<string, Map<number, number>>();
  for (const sentence of sentences) {
    sentence.words.forEach((word, i) => {
      let byTag = counts.get(word);
      if (!byTag) counts.set(word, (byTag = new Map()));
      byTag.set(sentence.tags[i], (byTag.get(sentence.tags[i]) ?? 0) + 1);
    });
  }
  const words: number[] = [];
  const tags: number[] = [];
  for (const [word, byTag] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [tag, count] of byTag) {
      total += count;
      if (count > bestCount || count === bestCount && tag < best) [best, bestCount] = [tag, count];
    }
    if (total >= minCount && bestCount / total >= minShare) {
      words.push(hashText(word));
      tags.push(best);
    }
  }
  return { words: Uint32Array.from(words), tags: Uint8Array.from(tags) };
}
