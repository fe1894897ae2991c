import { describe, expect, it } from 'vitest';
import { scoreCoreference } from './metrics.js';

const clustering = (clusters: string[][]) =>
  new Map(clusters.flatMap((members, index) => members.map((mention) => [mention, `c${index}`] as const)));

describe('scoreCoreference', () => {
  it('scores a worked example by hand: key {a b c}{d e}, response {a b}{c d e}', () => {
    const scores = scoreCoreference(clustering([['a', 'b', 'c'], ['d', 'e']]), clustering([['a', 'b'], ['c', 'd', 'e']]));
    expect(scores.muc.recall).toBeCloseTo(2 / 3);
    expect(scores.muc.precision).toBeCloseTo(2 / 3);
    expect(scores.b3.recall).toBeCloseTo(11 / 15);
    expect(scores.b3.precision).toBeCloseTo(11 / 15);
    // φ4(K1,R1) = 0.8 and φ4(K2,R2) = 0.8 beat any alignment using φ4(K1,R2) = 1/3.
    expect(scores.ceafe.precision).toBeCloseTo(0.8);
    expect(scores.ceafe.recall).toBeCloseTo(0.8);
    expect(scores.conll).toBeCloseTo((2 / 3 + 11 / 15 + 0.8) / 3);
  });

  it('gives 1 everywhere to the key itself', () => {
    const key = clustering([['a', 'b'], ['c'], ['d', 'e', 'f']]);
    const scores = scoreCoreference(key, key);
    expect([scores.muc.f1, scores.b3.f1, scores.ceafe.f1, scores.conll]).toEqual([1, 1, 1, 1]);
  });

  it('treats mentions the response leaves out as singletons', () => {
    const scores = scoreCoreference(clustering([['a', 'b']]), new Map());
    expect(scores.muc.f1).toBe(0);
    expect(scores.b3.recall).toBeCloseTo(0.5);
    expect(scores.b3.precision).toBe(1);
  });

  it('aligns entities one to one: two response clusters cannot both take one key cluster', () => {
    const scores = scoreCoreference(clustering([['a', 'b', 'c', 'd']]), clustering([['a', 'b'], ['c', 'd']]));
    expect(scores.ceafe.recall).toBeCloseTo(2 * 2 / 6);
    expect(scores.ceafe.precision).toBeCloseTo((2 * 2 / 6) / 2);
  });
});
