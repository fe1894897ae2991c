// The parse as a tree to walk: each token's children in compressed rows (wink-style: numbers in
// flat arrays, no object per token), built once per document from the token table's heads.
import type { TokenTable } from './token-table.js';

export class DependencyTree {
  readonly tokens: TokenTable;
  /** Token t's children are childList[childStart[t]] … childList[childStart[t + 1] - 1], in text order. */
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;

  constructor(tokens: TokenTable) {
    this.tokens = tokens;
    const n = tokens.length;
    this.childStart = new Int32Array(n + 1);
    for (let t = 0; t < n; t++) if (tokens.head[t] >= 0) this.childStart[tokens.head[t] + 1]++;
    for (let t = 0; t < n; t++) this.childStart[t + 1] += this.childStart[t];
    this.childList = new Int32Array(this.childStart[n]);
    const fill = this.childStart.slice(0, n);
    for (let t = 0; t < n; t++) if (tokens.head[t] >= 0) this.childList[fill[tokens.head[t]]++] = t;
  }

  head(t: number): number {
    return this.tokens.head[t];
  }

  /** The relation without its subtype: "nsubj:pass" is "nsubj". */
  relation(t: number): string {
    const label = this.tokens.deprel[t];
    const colon = label.indexOf(':');
    return colon < 0 ? label : label.slice(0, colon);
  }

  children(t: number): Int32Array {
    return this.childList.subarray(this.childStart[t], this.childStart[t + 1]);
  }

  /** The first child with relation `deprel` (exactly, subtype included), or -1. */
  child(t: number, deprel: string): number {
    for (let i = this.childStart[t]; i < this.childStart[t + 1]; i++) if (this.tokens.deprel[this.childList[i]] === deprel) return this.childList[i];
    return -1;
  }

  /**
   * The words that mark a nominal or clause: its case or mark children with their fixed words
   * ("in front of", "because of", "over to" in "handed over to France"), lower-cased and joined by
   * spaces; '' when it has none.
   */
  marker(t: number): string {
    let words = '';
    for (const c of this.children(t)) {
      const relation = this.tokens.deprel[c];
      if (relation !== 'case' && relation !== 'mark' || c > t) continue;
      words += words === '' ? this.tokens.lower[c] : ` ${this.tokens.lower[c]}`;
      for (const f of this.children(c)) if (this.tokens.deprel[f] === 'fixed') words += ` ${this.tokens.lower[f]}`;
    }
    return words;
  }

  /** Whether `ancestor` is `t` or above it. */
  dominates(ancestor: number, t: number): boolean {
    for (let steps = 0; t >= 0 && steps < this.tokens.length; t = this.tokens.head[t], steps++) if (t === ancestor) return true;
    return false;
  }

  /** The token of [start, end) whose head lies outside it: the span's head (its first such token). */
  headOf(start: number, end: number): number {
    for (let t = start; t < end; t++) {
      const h = this.tokens.head[t];
      if (h < start || h >= end) return t;
    }
    return start;
  }

  /** [first, last + 1) of the tokens `t` dominates. */
  span(t: number): [number, number] {
    let first = t;
    let last = t;
    const stack = [t];
    while (stack.length > 0) {
      const u = stack.pop()!;
      if (u < first) first = u;
      if (u > last) last = u;
      for (const c of this.children(u)) stack.push(c);
    }
    return [first, last + 1];
  }
}
