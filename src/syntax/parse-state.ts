// The state of one arc-hybrid parse (Kuhlmann et al. 2011) over words 0 … n-1, with the root
// as word n at the end of the buffer (Ballesteros and Nivre 2013): a stack, the buffer's front,
// and the arcs so far, with each head's two outermost children on either side for features.
// Arrays are sized once and reused for every sentence.

export class ParseState {
  n = 0;
  readonly stack: Int32Array;
  depth = 0;
  /** The buffer's front: a word, or n (the root) when every word has been shifted. */
  front = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly leftmost: Int32Array;
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Labels among each head's left and right dependents, as bit sets (label id modulo 31). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(readonly capacity: number) {
    const size = capacity + 1;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size);
    this.label = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
  }

  reset(n: number): void {
    if (n > this.capacity) throw new Error(`a sentence of ${n} words is longer than this state's ${this.capacity}`);
    this.n = n;
    this.depth = 0;
    this.front = 0;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.leftmost[i] = -1;
      this.leftmost2[i] = -1;
      this.rightmost[i] = -1;
      this.rightmost2[i] = -1;
      this.leftCount[i] = 0;
      this.rightCount[i] = 0;
      this.leftLabels[i] = 0;
      this.rightLabels[i] = 0;
    }
  }

  /** The i-th word from the top of the stack (0 is the top), or -1. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i] : -1;
  }

  /** The i-th position of the buffer (0 is its front), or -1 past the root. */
  b(i: number): number {
    const position = this.front + i;
    return position <= this.n ? position : -1;
  }

  get done(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  push(): void {
    this.stack[this.depth++] = this.front++;
  }

  /** Pops the top of the stack as a dependent of `head`. */
  attach(head: number, label: number): void {
    const dependent = this.stack[--this.depth];
    this.head[dependent] = head;
    this.label[dependent] = label;
    if (dependent < head) {
      // Left dependents arrive from the nearest outwards, so a new one is the leftmost.
      this.leftmost2[head] = this.leftmost[head];
      this.leftmost[head] = dependent;
      this.leftCount[head]++;
      if (label >= 0) this.leftLabels[head] |= 1 << (label % 31);
    } else {
      this.rightmost2[head] = this.rightmost[head];
      this.rightmost[head] = dependent;
      this.rightCount[head]++;
      if (label >= 0) this.rightLabels[head] |= 1 << (label % 31);
    }
  }
}
