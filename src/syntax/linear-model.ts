// A trained linear classifier as it ships and as it scores. Shipped (LinearModelData): for each
// feature only the classes it has a weight for, in compressed rows. Loaded: one open-addressing
// table whose slot holds the key beside its weights, so a feature costs one memory access, not
// three: inline for a model of up to three classes (the parser's moves), else a slot points at
// its packed entries (class and weight in one 32-bit word). Nothing is allocated while scoring.

export interface LinearModelData {
  classes: number;
  /** Feature keys, one per row. */
  keys: Uint32Array;
  /** Row r's entries are offsets[r] … offsets[r + 1] - 1. */
  offsets: Uint32Array;
  /** Class of each entry. */
  entryClass: Uint8Array;
  /** Weight of each entry. */
  entryWeight: Float32Array;
}

/** Words per slot: the key, then three weights (inline) or the entries' start and end (packed). */
const STRIDE = 4;
const INLINE_CLASSES = STRIDE - 1;
/** Packed weights are 16-bit integers times this model's scale. */
const WEIGHT_RANGE = 32767;

export class LinearModel {
  readonly classes: number;
  private readonly slots: Uint32Array;
  /** The same memory as `slots`, for inline weights. */
  private readonly slotWeights: Float32Array;
  private readonly mask: number;
  private readonly inline: boolean;
  private readonly entries: Int32Array;
  private readonly scale: number;

  constructor(readonly data: LinearModelData) {
    this.classes = data.classes;
    this.inline = data.classes <= INLINE_CLASSES;
    let capacity = 1024;
    while (capacity < data.keys.length * 2) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * STRIDE * 4);
    this.slots = new Uint32Array(buffer);
    this.slotWeights = new Float32Array(buffer);
    this.mask = capacity - 1;
    let largest = 0;
    for (const weight of data.entryWeight) largest = Math.max(largest, Math.abs(weight));
    this.scale = largest > 0 ? largest / WEIGHT_RANGE : 1;
    this.entries = new Int32Array(this.inline ? 0 : data.entryClass.length);
    for (let e = 0; e < this.entries.length; e++) {
      this.entries[e] = (data.entryClass[e] << 16) | (Math.round(data.entryWeight[e] / this.scale) & 0xffff);
    }
    for (let row = 0; row < data.keys.length; row++) {
      let slot = (data.keys[row] & this.mask) * STRIDE;
      while (this.slots[slot] !== 0) slot = (slot + STRIDE) & (this.mask * STRIDE + STRIDE - 1);
      this.slots[slot] = data.keys[row];
      if (this.inline) {
        for (let e = data.offsets[row]; e < data.offsets[row + 1]; e++) this.slotWeights[slot + 1 + data.entryClass[e]] = data.entryWeight[e];
      } else {
        this.slots[slot + 1] = data.offsets[row];
        this.slots[slot + 2] = data.offsets[row + 1];
      }
    }
  }

  /** Adds the weights of feature `key` to `scores`; a feature the model never kept adds nothing. */
  add(key: number, scores: Float32Array): void {
    const wrap = this.mask * STRIDE + STRIDE - 1;
    let slot = (key & this.mask) * STRIDE;
    for (;;) {
      const found = this.slots[slot];
      if (found === key) break;
      if (found === 0) return;
      slot = (slot + STRIDE) & wrap;
    }
    if (this.inline) {
      scores[0] += this.slotWeights[slot + 1];
      scores[1] += this.slotWeights[slot + 2];
      scores[2] += this.slotWeights[slot + 3];
      return;
    }
    const end = this.slots[slot + 2];
    const scale = this.scale;
    for (let e = this.slots[slot + 1]; e < end; e++) {
      const entry = this.entries[e];
      scores[entry >>> 16] += ((entry << 16) >> 16) * scale;
    }
  }

  /** Scores of every class for the `count` keys in `keys`. */
  score(keys: Uint32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    for (let i = 0; i < count; i++) this.add(keys[i], scores);
  }
}

/** Index of the best score; ties go to the lowest index. */
export function argmax(scores: Float32Array, classes: number): number {
  let best = 0;
  for (let c = 1; c < classes; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
