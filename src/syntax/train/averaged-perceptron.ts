// The averaged perceptron (Collins 2002) with lazy averaging: each weight keeps the sum of its
// past values up to its last change and the time of that change, so an update costs one
// feature row, not the whole model. Features are fixed before training (from counts on the gold
// data); a key outside that set is ignored, which keeps memory bounded during exploration.
import { FeatureTable } from '../feature-table.js';
import type { LinearModelData } from '../linear-model.js';

export class AveragedPerceptron {
  readonly classes: number;
  readonly table: FeatureTable;
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private time = 0;

  constructor(table: FeatureTable, classes: number) {
    this.table = table;
    this.classes = classes;
    const size = table.size * classes;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  /** Rows of the keys (-1 for an unknown key), for score and update. */
  rowsOf(keys: Uint32Array, count: number, rows: Int32Array): void {
    for (let i = 0; i < count; i++) rows[i] = this.table.get(keys[i]);
  }

  score(rows: Int32Array, count: number, scores: Float64Array): void {
    scores.fill(0, 0, this.classes);
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const row = rows[i];
      if (row < 0) continue;
      const base = row * classes;
      for (let c = 0; c < classes; c++) scores[c] += this.weights[base + c];
    }
  }

  /** One training example seen: the clock moves on even when nothing is updated. */
  tick(): void {
    this.time++;
  }

  update(rows: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let i = 0; i < count; i++) {
      const row = rows[i];
      if (row < 0) continue;
      this.change(row * this.classes + truth, 1);
      this.change(row * this.classes + guess, -1);
    }
  }

  private change(index: number, delta: number): void {
    this.totals[index] += (this.time - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.time;
    this.weights[index] += delta;
  }

  /**
   * The averaged weights as a shippable model, keeping per feature only the classes whose
   * averaged weight is at least `minWeight` in size, and only features left with any.
   */
  averaged(minWeight: number): LinearModelData {
    const classes = this.classes;
    const keys = this.table.keysByRow();
    const time = Math.max(1, this.time);
    const keptKeys: number[] = [];
    const offsets: number[] = [0];
    const entryClass: number[] = [];
    const entryWeight: number[] = [];
    for (let row = 0; row < keys.length; row++) {
      const before = entryClass.length;
      for (let c = 0; c < classes; c++) {
        const index = row * classes + c;
        const average = (this.totals[index] + (this.time - this.stamps[index]) * this.weights[index]) / time;
        if (Math.abs(average) >= minWeight) {
          entryClass.push(c);
          entryWeight.push(average);
        }
      }
      if (entryClass.length > before) {
        keptKeys.push(keys[row]);
        offsets.push(entryClass.length);
      }
    }
    return {
      classes,
      keys: Uint32Array.from(keptKeys),
      offsets: Uint32Array.from(offsets),
      entryClass: Uint8Array.from(entryClass),
      entryWeight: Float32Array.from(entryWeight),
    };
  }
}
