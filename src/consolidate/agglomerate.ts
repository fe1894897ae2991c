// Average-link agglomerative clustering over a sparse similarity graph, the one clustering
// both stories (articles) and events (mentions) use. Its result depends only on the items and
// their similarities, never on the order they arrive in: ties are broken by item id. Pairs
// the caller gives no similarity count as 0 in the averages; a pair marked `cannotLink` keeps
// its two clusters apart whatever their average.

export interface Link {
  a: string;
  b: string;
  /** In [0, 1]. */
  similarity: number;
}

export interface AgglomerateOptions {
  /** Clusters merge while their average similarity is at least this. */
  threshold: number;
  /** Pairs that must never end in one cluster (an incompatible date, an opposite direction). */
  cannotLink?: readonly [string, string][];
}

interface Cluster {
  /** Smallest member id: the cluster's name and its tie-breaker. */
  key: string;
  members: string[];
}

/** Groups `items` (ids) into clusters; each cluster is sorted, and clusters are ordered by their first id. */
export function agglomerate(items: readonly string[], links: readonly Link[], options: AgglomerateOptions): string[][] {
  const clusterOf = new Map<string, Cluster>();
  for (const id of [...new Set(items)].sort()) clusterOf.set(id, { key: id, members: [id] });
  // Summed similarity between two clusters, keyed by their keys (sorted pair).
  const sums = new Map<string, Map<string, number>>();
  const forbidden = new Map<string, Set<string>>();
  const pairOf = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);
  const neighbours = (key: string) => {
    let map = sums.get(key);
    if (!map) sums.set(key, (map = new Map()));
    return map;
  };
  for (const link of links) {
    if (link.a === link.b || !clusterOf.has(link.a) || !clusterOf.has(link.b) || link.similarity <= 0) continue;
    const [x, y] = pairOf(link.a, link.b);
    neighbours(x).set(y, (neighbours(x).get(y) ?? 0) + link.similarity);
    neighbours(y).set(x, (neighbours(y).get(x) ?? 0) + link.similarity);
  }
  for (const [a, b] of options.cannotLink ?? []) {
    if (!clusterOf.has(a) || !clusterOf.has(b)) continue;
    if (!forbidden.has(a)) forbidden.set(a, new Set());
    if (!forbidden.has(b)) forbidden.set(b, new Set());
    forbidden.get(a)!.add(b);
    forbidden.get(b)!.add(a);
  }
  const byKey = new Map([...clusterOf.values()].map((cluster) => [cluster.key, cluster]));

  const best = (): [string, string] | null => {
    let found: [string, string] | null = null;
    let score = -1;
    for (const [x, map] of sums) {
      const cx = byKey.get(x)!;
      for (const [y, sum] of map) {
        if (y <= x) continue;
        const cy = byKey.get(y)!;
        const average = sum / (cx.members.length * cy.members.length);
        if (average < options.threshold || forbidden.get(x)?.has(y)) continue;
        if (average > score || average === score && found !== null && (x < found[0] || x === found[0] && y < found[1])) {
          score = average;
          found = [x, y];
        }
      }
    }
    return found;
  };

  for (let pair = best(); pair !== null; pair = best()) {
    const [x, y] = pair;
    const kept = byKey.get(x)!;
    const absorbed = byKey.get(y)!;
    kept.members.push(...absorbed.members);
    byKey.delete(y);
    // y's similarities and prohibitions become x's.
    for (const [z, sum] of sums.get(y) ?? []) {
      sums.get(z)!.delete(y);
      if (z === x) continue;
      neighbours(x).set(z, (neighbours(x).get(z) ?? 0) + sum);
      neighbours(z).set(x, (neighbours(z).get(x) ?? 0) + sum);
    }
    sums.delete(y);
    for (const z of forbidden.get(y) ?? []) {
      forbidden.get(z)!.delete(y);
      forbidden.get(z)!.add(x);
      if (!forbidden.has(x)) forbidden.set(x, new Set());
      forbidden.get(x)!.add(z);
    }
    forbidden.delete(y);
  }
  return [...byKey.values()].map((cluster) => cluster.members.sort()).sort((p, q) => (p[0] < q[0] ? -1 : 1));
}
