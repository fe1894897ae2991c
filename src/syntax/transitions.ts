// The arc-hybrid moves, each with when it is allowed and, for the dynamic oracle (Goldberg and
// Nivre 2013), how many gold arcs it would make unreachable. The single-root constraint: the root
// takes a dependent only when that word is the last on the stack, so every parse is one tree.
import type { ParseState } from './parse-state.js';

export const Move = { Shift: 0, Left: 1, Right: 2 } as const;
export type Move = (typeof Move)[keyof typeof Move];

export const MOVES = 3;

export function isValid(move: Move, state: ParseState): boolean {
  switch (move) {
    case Move.Shift:
      return state.front < state.n;
    case Move.Left:
      return state.depth > 0 && (state.front < state.n || state.depth === 1);
    default:
      return state.depth > 1;
  }
}

/** The head that `move` gives the top of the stack (-1 for a shift). */
export function headOf(move: Move, state: ParseState): number {
  return move === Move.Left ? state.front : move === Move.Right ? state.s(1) : -1;
}

export function apply(move: Move, state: ParseState, label: number): void {
  if (move === Move.Shift) state.push();
  else state.attach(headOf(move, state), label);
}

/**
 * Gold arcs lost by `move`; `gold[i]` is word i's gold head (n for the root), `inStack` marks
 * the words on the stack. A word is in the buffer when its index is at or after the front.
 */
export function cost(move: Move, state: ParseState, gold: Int32Array, goldChildren: readonly number[][], inStack: Uint8Array): number {
  const front = state.front;
  if (move === Move.Shift) {
    // The front can no longer take a head from below the stack's top, nor dependents on the stack.
    let lost = 0;
    const head = gold[front];
    if (head < front && inStack[head] && head !== state.s(0)) lost++;
    for (const child of goldChildren[front]) if (child < front && inStack[child]) lost++;
    return lost;
  }
  const top = state.s(0);
  const head = gold[top];
  let lost = 0;
  // The top leaves the stack: its dependents still in the buffer are lost, and so is its gold
  // head unless this move gives it.
  for (const child of goldChildren[top]) if (child >= front) lost++;
  if (move === Move.Left) {
    if (head !== front && (head > front || head === state.s(1))) lost++;
  } else if (head !== state.s(1) && head >= front) lost++;
  return lost;
}
