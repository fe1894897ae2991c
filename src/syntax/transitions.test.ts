import { describe, expect, it } from 'vitest';
import { ParseState } from './parse-state.js';
import { apply, cost, headOf, isValid, Move, MOVES } from './transitions.js';

/** Follows the first least-cost move at every state and returns the heads it builds. */
function followOracle(gold: Int32Array): { heads: number[]; lost: number } {
  const n = gold.length;
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  gold.forEach((head, i) => children[head].push(i));
  const state = new ParseState(n + 1);
  const inStack = new Uint8Array(n + 1);
  state.reset(n);
  let lost = 0;
  while (!state.done) {
    let best: Move = Move.Shift;
    let least = Infinity;
    for (let m = 0; m < MOVES; m++) {
      if (!isValid(m as Move, state)) continue;
      const c = cost(m as Move, state, gold, children, inStack);
      if (c < least) [least, best] = [c, m as Move];
    }
    lost += least;
    if (best === Move.Shift) inStack[state.front] = 1;
    else inStack[state.s(0)] = 0;
    apply(best, state, 0);
  }
  return { heads: [...state.head.subarray(0, n)], lost };
}

/** A random projective tree over n words with the root at index n, built by nesting spans. */
function randomProjective(n: number, random: () => number): Int32Array {
  const heads = new Int32Array(n);
  const build = (from: number, to: number, head: number) => {
    if (from >= to) return;
    const root = from + Math.floor(random() * (to - from));
    heads[root] = head;
    build(from, root, root);
    build(root + 1, to, root);
  };
  build(0, n, n);
  return heads;
}

describe('arc-hybrid moves and their costs', () => {
  it('the root takes a dependent only when that word is the last on the stack', () => {
    const state = new ParseState(4);
    state.reset(2);
    apply(Move.Shift, state, -1);
    apply(Move.Shift, state, -1);
    expect(isValid(Move.Left, state)).toBe(false);
    expect(isValid(Move.Right, state)).toBe(true);
    expect(headOf(Move.Right, state)).toBe(0);
    apply(Move.Right, state, 0);
    expect(isValid(Move.Left, state)).toBe(true);
  });

  it('following the least-cost moves rebuilds every projective tree, losing nothing', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const gold = randomProjective(1 + Math.floor(random() * 20), random);
      const { heads, lost } = followOracle(gold);
      expect(lost).toBe(0);
      expect(heads).toEqual([...gold]);
    }
  });
});
