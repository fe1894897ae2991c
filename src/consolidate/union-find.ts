// Disjoint sets over the numbers 0 … size-1: which items a set of links connects. Both
// clusterings use it to split their items at the links strong enough to merge anything.

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly sizes: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
    this.sizes = new Int32Array(size).fill(1);
  }

  /** The representative of `item`'s set. */
  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression: later finds on this path take one step.
    while (this.parent[item] !== root) {
      const next = this.parent[item];
      this.parent[item] = root;
      item = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    const [big, small] = this.sizes[x] >= this.sizes[y] ? [x, y] : [y, x];
    this.parent[small] = big;
    this.sizes[big] += this.sizes[small];
  }

  /** Number of items in `item`'s set. */
  sizeOf(item: number): number {
    return this.sizes[this.find(item)];
  }
}
