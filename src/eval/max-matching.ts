// The largest one-to-one pairing of gold items with predicted ones, where `pairs(g, p)` says
// which may stand for which. A maximum bipartite matching (Kuhn's augmenting paths), so the
// order of the items never changes a score.
export function countMaxMatching<G, P>(gold: readonly G[], predicted: readonly P[], pairs: (gold: G, predicted: P) => boolean): number {
  const candidates = gold.map((g) => predicted.flatMap((p, index) => (pairs(g, p) ? [index] : [])));
  const goldOfPredicted = new Int32Array(predicted.length).fill(-1);
  let matches = 0;
  for (let g = 0; g < gold.length; g++) {
    if (augment(g, new Uint8Array(predicted.length))) matches++;
  }
  return matches;

  /** Kuhn's augmenting path from gold item `g`. */
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
