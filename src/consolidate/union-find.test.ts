import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.js';

describe('UnionFind', () => {
  it('joins linked items into one set, transitively, and leaves the rest alone', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 1);
    sets.union(4, 5);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(3)).toBe(3);
    expect(sets.find(4)).not.toBe(sets.find(0));
    expect([0, 1, 2, 3, 4, 5].map((item) => sets.sizeOf(item))).toEqual([3, 3, 3, 1, 2, 2]);
  });
});
