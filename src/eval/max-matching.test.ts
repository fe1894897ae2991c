import { describe, expect, it } from 'vitest';
import { countMaxMatching } from './max-matching.js';

const divides = (g: number, p: number) => p % g === 0;

describe('countMaxMatching', () => {
  it('pairs one to one: two gold items that accept only the same prediction count once', () => {
    expect(countMaxMatching([3, 3], [9], divides)).toBe(1);
  });

  it('re-pairs an earlier match when that lets a later gold item in', () => {
    // 2 takes 4 first; 4 accepts only 4, so 2 must move to 6.
    expect(countMaxMatching([2, 4], [4, 6], divides)).toBe(2);
  });

  it('nothing to pair is zero', () => {
    expect(countMaxMatching([], [1, 2], divides)).toBe(0);
    expect(countMaxMatching([5], [], divides)).toBe(0);
  });
});
