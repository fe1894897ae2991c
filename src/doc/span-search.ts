// Binary search over spans sorted by their first token (actor mentions, frames): a question
// about one place in a long article reads the few spans near it, never every span before it.
import type { TokenSpan } from './layers.js';

/** Index of the last span whose first token is before `t`, in spans sorted by tokenStart; -1 if none. */
export function lastStartingBefore(spans: readonly TokenSpan[], t: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].tokenStart < t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The spans (sorted by tokenStart) that lie wholly within [start, end). */
export function spansWithin<T extends TokenSpan>(spans: readonly T[], start: number, end: number): T[] {
  const within: T[] = [];
  for (let i = lastStartingBefore(spans, start) + 1; i < spans.length && spans[i].tokenStart < end; i++) {
    if (spans[i].tokenEnd <= end) within.push(spans[i]);
  }
  return within;
}

/** `spans` sorted by tokenStart (a stable sort of a copy, so equal starts keep their order), or `spans` itself when already sorted. */
export function byStart<T extends TokenSpan>(spans: readonly T[]): readonly T[] {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].tokenStart < spans[i - 1].tokenStart) return [...spans].sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return spans;
}
