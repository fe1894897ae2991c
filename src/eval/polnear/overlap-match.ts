// Overlap matching: a predicted span matches a gold span of the same role when any of
// their fragments share a character; each span matches at most one other. The number of
// matches is a maximum bipartite matching, so the order of spans never changes a score.
import type { Fragments } from './brat.js';
import { countMaxMatching } from '../max-matching.js';

export function overlaps(a: Fragments, b: Fragments): boolean {
  return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => aStart < bEnd && bStart < aEnd));
}

/** How many predicted spans can be paired, one to one, with overlapping gold spans. */
export function countOverlapMatches(gold: readonly Fragments[], predicted: readonly Fragments[]): number {
  return countMaxMatching(gold, predicted, overlaps);
}
