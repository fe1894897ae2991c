// Overlap matching: a predicted span matches a gold span of the same role when any of
// their fragments share a character; each span matches at most one other. The number of
// matches is a maximum bipartite matching, so the order of spans never changes a score.
import type { Fragments } from './brat.js';

export function overlaps(a: Fragments, b: Fragments): boolean {
  return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => aStart < bEnd && bStart < aEnd));
}

/** How many predicted spans can be paired, one to one, with overlapping gold spans. */
export function countOverlapMatches(gold: readonly Fragments[], predicted: readonly Fragments[]): number {
  const candidates = gold.map((g) => predicted.flatMap((p, index) => (overlaps(g, p) ? [index] : [])));
  const goldOfPredicted = new Int32Array(predicted.length).fill(-1);
  let matches = 0;
  for (let g = 0; g < gold.length; g++) {
    if (augment(g, new Uint8Array(predicted.length))) matches++;
  }
  return matches;

  /** Kuhn's augmenting path from gold span `g`. */
  function augment(g: number, visited: Uint8Array): boolean {
    for (const p of candidates[g]) {
      if (visited[p]) continue;
      visited[p] = 1;
      if (goldOfPredicted[p] < 0 || augment(goldOfPredicted[p], visited)) {
        goldOfPredicted[p] = g;
        return true;
      }
    }
    return false;
  }
}
