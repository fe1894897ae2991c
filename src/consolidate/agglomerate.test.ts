import { describe, expect, it } from 'vitest';
import { agglomerate, type Link } from './agglomerate.js';

const links: Link[] = [
  { a: 'a', b: 'b', similarity: 0.9 },
  { a: 'b', b: 'c', similarity: 0.8 },
  { a: 'a', b: 'c', similarity: 0.7 },
  { a: 'c', b: 'd', similarity: 0.6 },
  { a: 'e', b: 'f', similarity: 0.95 },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('agglomerate', () => {
  it('merges while the average similarity reaches the threshold; unlinked pairs count as 0', () => {
    // {a b c} averages 0.8; adding d averages (0.6 + 0 + 0) / 3 = 0.2.
    expect(agglomerate(['a', 'b', 'c', 'd', 'e', 'f', 'g'], links, { threshold: 0.5 }))
      .toEqual([['a', 'b', 'c'], ['d'], ['e', 'f'], ['g']]);
  });

  it('gives the same clusters whatever the order of items and links', () => {
    const expected = agglomerate(['a', 'b', 'c', 'd', 'e', 'f'], links, { threshold: 0.5 });
    for (const seed of [1, 7, 42, 1234]) {
      expect(agglomerate(shuffled(['a', 'b', 'c', 'd', 'e', 'f'], seed), shuffled(links, seed + 1), { threshold: 0.5 })).toEqual(expected);
    }
  });

  it('never joins a cannot-link pair, even through a third item', () => {
    expect(agglomerate(['a', 'b', 'c'], links, { threshold: 0.5, cannotLink: [['a', 'c']] })).toEqual([['a', 'b'], ['c']]);
  });
});
