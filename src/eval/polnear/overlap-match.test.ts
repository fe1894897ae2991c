import { describe, expect, it } from 'vitest';
import { countOverlapMatches, overlaps } from './overlap-match.js';

describe('overlap matching', () => {
  it('spans that share a character overlap; touching spans do not', () => {
    expect(overlaps([[0, 5]], [[4, 9]])).toBe(true);
    expect(overlaps([[0, 5]], [[5, 9]])).toBe(false);
  });

  it('a discontinuous span overlaps through any of its fragments', () => {
    expect(overlaps([[0, 3], [10, 12]], [[11, 20]])).toBe(true);
    expect(overlaps([[0, 3], [10, 12]], [[4, 9]])).toBe(false);
  });

  it('pairs spans one to one: one long prediction over two gold spans counts once', () => {
    expect(countOverlapMatches([[[0, 4]], [[6, 10]]], [[[0, 10]]])).toBe(1);
  });

  it('finds the largest pairing whatever the order (an augmenting path re-pairs an earlier match)', () => {
    // Gold 0 overlaps both predictions, gold 1 only the first: the best pairing uses both.
    expect(countOverlapMatches([[[0, 10]], [[0, 2]]], [[[1, 3]], [[5, 8]]])).toBe(2);
  });

  it('no predictions, no matches', () => {
    expect(countOverlapMatches([[[0, 4]]], [])).toBe(0);
  });
});
