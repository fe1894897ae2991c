// Binary search over spans sorted by their first token (actor mentions, frames): a question
// about one place in a long article reads the few spans near it, never every span before it.
import type { TokenSpan } from './layers.js';

/** Index of the last span whose first token is before `t`, in spans sorted by tokenStart; -1 if none. */
export function lastStartingBefore(spans: readonly TokenSpan[], t: number): number {
  return lastBefore(spans, t, (span) => span.tokenStart);
}

/** Index of the last item whose `start` is before `t`, in items sorted by it; -1 if none. */
export function lastBefore<T>(items: readonly T[], t: number, start: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (start(items[mid]) < t) low = mid + 1;
    else high = mid - 1;
  }
  return high;
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
