// Counts feature keys over the gold data before training; features seen fewer than a few times
// are left out of the model, which bounds its size and drops what cannot be learned anyway.
import { FeatureTable } from '../feature-table.js';

export class FeatureCounter {
  private readonly table = new FeatureTable(1 << 16);
  private counts = new Uint32Array(1 << 16);

  count(keys: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      const row = this.table.add(keys[i]);
      if (row >= this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      this.counts[row]++;
    }
  }

  /** The features seen at least `minCount` times, as a table numbering them from 0. */
  frequent(minCount: number): FeatureTable {
    const keys = this.table.keysByRow();
    const kept: number[] = [];
    for (let row = 0; row < keys.length; row++) if (this.counts[row] >= minCount) kept.push(keys[row]);
    return FeatureTable.fromKeys(Uint32Array.from(kept));
  }
}
