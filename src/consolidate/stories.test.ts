import { describe, expect, it } from 'vitest';
import { agglomerate } from './agglomerate.js';
import { documentSimilarities, storiesOf } from './stories.js';

/** Articles as bags of terms drawn from a few topics, each with some noise words. */
function randomDocuments(count: number, seed: number): Map<string, Map<string, number>> {
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const documents = new Map<string, Map<string, number>>();
  for (let d = 0; d < count; d++) {
    const topic = Math.floor(next() * 6);
    const terms = new Map<string, number>();
    for (let k = 0; k < 12; k++) {
      const term = next() < 0.6 ? `topic${topic}-${Math.floor(next() * 8)}` : `noise${Math.floor(next() * 200)}`;
      terms.set(term, (terms.get(term) ?? 0) + 1 + Math.floor(next() * 2));
    }
    documents.set(`doc${String(d).padStart(3, '0')}`, terms);
  }
  return documents;
}

describe('storiesOf', () => {
  it('groups articles that share their terms, and leaves an unrelated one alone', () => {
    const stories = storiesOf(new Map([
      ['a', new Map([['earthquake', 3], ['turkey', 2], ['rescue', 1]])],
      ['b', new Map([['earthquake', 2], ['turkey', 1], ['aid', 1]])],
      ['c', new Map([['election', 2], ['france', 2], ['vote', 1]])],
      ['d', new Map([['election', 1], ['france', 1], ['turnout', 1]])],
      ['e', new Map([['football', 2], ['final', 1], ['goal', 1]])],
    ]));
    expect(stories).toEqual(new Map([['a', 'a'], ['b', 'a'], ['c', 'c'], ['d', 'c'], ['e', 'e']]));
  });

  it('gives the stories average link gives over every pair', () => {
    for (const seed of [3, 17, 99]) {
      const documents = randomDocuments(150, seed);
      const { ids, first, second, similarity } = documentSimilarities(documents);
      const links = similarity.map((s, k) => ({ a: ids[first[k]], b: ids[second[k]], similarity: s }));
      for (const threshold of [0.1, 0.15, 0.3]) {
        const expected = new Map(agglomerate(ids, links, { threshold }).flatMap((cluster) => cluster.map((id) => [id, cluster[0]] as const)));
        expect(storiesOf(documents, { threshold })).toEqual(expected);
        // Not everything alone, not everything one story: the case exercises merging.
        expect(new Set(expected.values()).size).toBeGreaterThan(1);
        expect(new Set(expected.values()).size).toBeLessThan(documents.size);
      }
    }
  });
});
