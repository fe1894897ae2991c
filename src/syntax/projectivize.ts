// Arc-hybrid builds projective trees only. A treebank's few crossing arcs are lifted for
// training: the dependent of a crossing arc moves up to its head's head until nothing
// crosses, the smallest change that makes the tree one the parser can build.

/** `heads[i]` is word i's head, `heads.length` for the root; returns new heads, the input untouched. */
export function projectivize(heads: Int32Array): Int32Array {
  const out = Int32Array.from(heads);
  const n = out.length;
  for (let guard = 0; guard < n * n; guard++) {
    const crossing = firstNonProjective(out);
    if (crossing < 0) return out;
    out[crossing] = out[out[crossing]];
  }
  return out;
}

/** A dependent whose arc covers a word its head does not dominate, or -1. */
function firstNonProjective(heads: Int32Array): number {
  const n = heads.length;
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    if (h === n) {
      // The root sits after the last word: every word after d must be dominated by … the root, always true.
      continue;
    }
    const from = Math.min(h, d) + 1;
    const to = Math.max(h, d);
    for (let between = from; between < to; between++) if (!dominates(heads, h, between)) return d;
  }
  return -1;
}

function dominates(heads: Int32Array, ancestor: number, word: number): boolean {
  const n = heads.length;
  for (let w = word, steps = 0; w !== n && steps <= n; w = heads[w], steps++) if (w === ancestor) return true;
  return false;
}
