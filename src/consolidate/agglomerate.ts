// Average-link agglomerative clustering over a sparse similarity graph, the one clustering
// both stories (articles) and events (mentions) use. Its result depends only on the items and
// their similarities, never on the order they arrive in: ties are broken by item id. Pairs
// the caller gives no similarity count as 0 in the averages; a pair marked `cannotLink` keeps
// its two clusters apart whatever their average.
import { UnionFind } from './union-find.js';

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
  // An average never exceeds its largest term, so two clusters can merge only if some pair
  // across them reaches the threshold: every cluster lies inside one component of the graph
  // of such pairs. Components are clustered apart, each with only its own links, which gives
  // the same merges as clustering everything at once, at a fraction of the cost (most of a
  // corpus's weak links join articles that are in no story together).
  const ids = [...new Set(items)];
  const position = new Map(ids.map((id, i) => [id, i]));
  const components = new UnionFind(ids.length);
  for (const link of links) {
    const a = position.get(link.a);
    const b = position.get(link.b);
    if (a !== undefined && b !== undefined && link.similarity >= options.threshold) components.union(a, b);
  }
  // The component two items share when it holds more than one item, else undefined.
  const sharedComponent = (x: string, y: string) => {
    const a = position.get(x);
    const b = position.get(y);
    if (a === undefined || b === undefined) return undefined;
    const root = components.find(a);
    return root === components.find(b) && components.sizeOf(root) > 1 ? root : undefined;
  };
  const groups = new Map<number, { items: string[]; links: Link[]; cannotLink: [string, string][] }>();
  const groupOf = (root: number) => {
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { items: [], links: [], cannotLink: [] }));
    return group;
  };
  const clusters: string[][] = [];
  ids.forEach((id, i) => {
    if (components.sizeOf(i) === 1) clusters.push([id]);
    else groupOf(components.find(i)).items.push(id);
  });
  for (const link of links) {
    const root = sharedComponent(link.a, link.b);
    if (root !== undefined) groupOf(root).links.push(link);
  }
  for (const pair of options.cannotLink ?? []) {
    const root = sharedComponent(pair[0], pair[1]);
    if (root !== undefined) groupOf(root).cannotLink.push(pair);
  }
  for (const group of groups.values()) clusters.push(...averageLink(group.items, group.links, { threshold: options.threshold, cannotLink: group.cannotLink }));
  return clusters.sort((p, q) => (p[0] < q[0] ? -1 : 1));
}

/**
 * One component's clustering in progress. Its helpers are module functions over this state,
 * not closures made per call: V8 compiles a closure's inlined calls for that closure object,
 * and a new one per component threw the compiled code away each time.
 */
interface AverageLinkState {
  threshold: number;
  /** Clusters by key (their smallest member). */
  byKey: Map<string, Cluster>;
  /** Summed similarity between two clusters, keyed by their keys, both ways round. */
  sums: Map<string, Map<string, number>>;
  /** Times each cluster has changed; a candidate made before a change is stale. */
  version: Map<string, number>;
  heap: CandidateHeap;
}

const pairOf = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

function neighbours(sums: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let map = sums.get(key);
  if (!map) sums.set(key, (map = new Map()));
  return map;
}

/** Queues the merge of clusters x and y when their average similarity reaches the threshold. */
function offer(state: AverageLinkState, x: string, y: string): void {
  const [a, b] = pairOf(x, y);
  const sum = state.sums.get(a)?.get(b);
  if (sum === undefined) return;
  const average = sum / (state.byKey.get(a)!.members.length * state.byKey.get(b)!.members.length);
  if (average >= state.threshold) state.heap.push({ score: average, a, b, va: state.version.get(a) ?? 0, vb: state.version.get(b) ?? 0 });
}

/** Average-link clustering of one component: merges, best first, while the average reaches the threshold. */
function averageLink(items: readonly string[], links: readonly Link[], options: AgglomerateOptions): string[][] {
  const clusterOf = new Map<string, Cluster>();
  for (const id of [...new Set(items)].sort()) clusterOf.set(id, { key: id, members: [id] });
  const sums = new Map<string, Map<string, number>>();
  const forbidden = new Map<string, Set<string>>();
  for (const link of links) {
    if (link.a === link.b || !clusterOf.has(link.a) || !clusterOf.has(link.b) || link.similarity <= 0) continue;
    const [x, y] = pairOf(link.a, link.b);
    neighbours(sums, x).set(y, (neighbours(sums, x).get(y) ?? 0) + link.similarity);
    neighbours(sums, y).set(x, (neighbours(sums, y).get(x) ?? 0) + link.similarity);
  }
  for (const [a, b] of options.cannotLink ?? []) {
    if (!clusterOf.has(a) || !clusterOf.has(b)) continue;
    if (!forbidden.has(a)) forbidden.set(a, new Set());
    if (!forbidden.has(b)) forbidden.set(b, new Set());
    forbidden.get(a)!.add(b);
    forbidden.get(b)!.add(a);
  }
  const byKey = new Map([...clusterOf.values()].map((cluster) => [cluster.key, cluster]));

  // Candidate merges in a heap, best first; an entry goes stale when either cluster changes.
  const state: AverageLinkState = { threshold: options.threshold, byKey, sums, version: new Map(), heap: new CandidateHeap() };
  const { version, heap } = state;
  for (const [x, map] of sums) for (const y of map.keys()) if (x < y) offer(state, x, y);

  for (let next = heap.pop(); next !== undefined; next = heap.pop()) {
    const { a: x, b: y } = next;
    if (!byKey.has(x) || !byKey.has(y) || (version.get(x) ?? 0) !== next.va || (version.get(y) ?? 0) !== next.vb) continue;
    if (forbidden.get(x)?.has(y)) continue;
    const kept = byKey.get(x)!;
    const absorbed = byKey.get(y)!;
    kept.members.push(...absorbed.members);
    byKey.delete(y);
    version.set(x, (version.get(x) ?? 0) + 1);
    // y's similarities and prohibitions become x's.
    for (const [z, sum] of sums.get(y) ?? []) {
      sums.get(z)!.delete(y);
      if (z === x) continue;
      neighbours(sums, x).set(z, (neighbours(sums, x).get(z) ?? 0) + sum);
      neighbours(sums, z).set(x, (neighbours(sums, z).get(x) ?? 0) + sum);
    }
    sums.delete(y);
    for (const z of forbidden.get(y) ?? []) {
      forbidden.get(z)!.delete(y);
      forbidden.get(z)!.add(x);
      if (!forbidden.has(x)) forbidden.set(x, new Set());
      forbidden.get(x)!.add(z);
    }
    forbidden.delete(y);
    for (const z of sums.get(x)?.keys() ?? []) offer(state, x, z);
  }
  return [...byKey.values()].map((cluster) => cluster.members.sort());
}

interface Candidate {
  score: number;
  /** Cluster keys, a < b, and their versions when the candidate was made. */
  a: string;
  b: string;
  va: number;
  vb: number;
}

/** Highest score first; ties go to the pair whose keys sort first, so the result never depends on input order. */
function before(p: Candidate, q: Candidate): boolean {
  if (p.score !== q.score) return p.score > q.score;
  return p.a < q.a || p.a === q.a && p.b < q.b;
}

/** A binary heap of merge candidates. */
class CandidateHeap {
  private readonly items: Candidate[] = [];

  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left], items[best])) best = left;
        if (right < items.length && before(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}
