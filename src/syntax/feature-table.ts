// Open addressing from a 32-bit feature key to a row number, in two typed arrays: no object
// per feature, and a lookup is a multiply, a mask and usually one probe.

export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const found = this.keys[slot];
      if (found === key) return this.rows[slot];
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `key`, given the next free row number when it is new. */
  add(key: number): number {
    const row = this.get(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  /** Keys in row order: row r's key is at index r. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) out[this.rows[slot]] = this.keys[slot];
    return out;
  }

  static fromKeys(keys: Uint32Array): FeatureTable {
    const table = new FeatureTable(keys.length);
    for (let row = 0; row < keys.length; row++) table.place(keys[row], row);
    table.size = keys.length;
    return table;
  }

  private place(key: number, row: number): void {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.place(keys[slot], rows[slot]);
  }
}
