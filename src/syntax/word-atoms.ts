// What the tagger and parser know of a word before any model runs, computed once per word into
// reusable typed arrays: hashes of its lower-case form (digits folded to 0, so "1995" and "2004"
// share a form), of the form as written, of its shape ("Xxxx", "dd-dd") and its affixes.
import { hashText } from './feature-hash.js';
import type { WordClusters } from './word-clusters.js';

export const WordFlag = {
  capitalized: 1,
  allCaps: 2,
  hasDigit: 4,
  hasHyphen: 8,
  first: 16,
  /** Most words of the sentence are capitalized, as in a headline ("Police Arrest Two Men"). */
  headline: 32,
  /** No letter and no digit: punctuation or a symbol. */
  punct: 64,
} as const;

const SUFFIXES = 4;
const PREFIXES = 3;

export class WordAtoms {
  length = 0;
  lower = new Uint32Array(0);
  cased = new Uint32Array(0);
  shape = new Uint32Array(0);
  /** SUFFIXES hashes per word: the last 1, 2, 3, 4 characters. */
  suffix = new Uint32Array(0);
  /** PREFIXES hashes per word: the first 1, 2, 3 characters. */
  prefix = new Uint32Array(0);
  flags = new Uint8Array(0);
  /** Hash of another tagger's tag for the word (wink-nlp's), 0 when none was given. */
  hint = new Uint32Array(0);
  /** Coarse and fine cluster ids (0: none). */
  coarse = new Uint16Array(0);
  fine = new Uint16Array(0);

  constructor(private readonly clusters: WordClusters | null = null) {}

  /**
   * Fills the atoms of `words` (as written); `lower` gives their lower-case forms when a caller has
   * them, `hints` another tagger's tags (wink-nlp's universal tags).
   */
  fill(words: readonly string[], start: number, end: number, lower?: readonly string[], hints?: readonly string[]): void {
    const length = end - start;
    if (this.lower.length < length) this.allocate(Math.max(length, this.lower.length * 2, 64));
    this.length = length;
    for (let i = 0; i < length; i++) {
      const word = words[start + i];
      const low = lower ? lower[start + i] : word.toLowerCase();
      this.lower[i] = hashFolded(low);
      this.cased[i] = hashText(word);
      this.shape[i] = hashShape(word);
      for (let k = 1; k <= SUFFIXES; k++) this.suffix[i * SUFFIXES + k - 1] = k <= low.length ? hashFolded(low, low.length - k) : 0;
      for (let k = 1; k <= PREFIXES; k++) this.prefix[i * PREFIXES + k - 1] = k <= low.length ? hashText(low, 0, k) : 0;
      this.flags[i] = flagsOf(word) | (i === 0 ? WordFlag.first : 0);
      this.hint[i] = hints ? hashText(hints[start + i]) : 0;
      this.coarse[i] = this.clusters ? this.clusters.coarseOf(this.lower[i]) : 0;
      this.fine[i] = this.clusters ? this.clusters.fineOf(this.lower[i]) : 0;
    }
    // Headline case: most words after the first that start with a letter start with a capital.
    let lettered = 0;
    let capitals = 0;
    for (let i = 1; i < length; i++) {
      const code = words[start + i].charCodeAt(0);
      const upper = code >= 0x41 && code <= 0x5a;
      if (upper || code >= 0x61 && code <= 0x7a) lettered++;
      if (upper) capitals++;
    }
    if (lettered >= 3 && capitals * 2 > lettered) for (let i = 0; i < length; i++) this.flags[i] |= WordFlag.headline;
  }

  suffixOf(word: number, size: number): number {
    return this.suffix[word * SUFFIXES + size - 1];
  }

  prefixOf(word: number, size: number): number {
    return this.prefix[word * PREFIXES + size - 1];
  }

  private allocate(capacity: number): void {
    this.lower = new Uint32Array(capacity);
    this.cased = new Uint32Array(capacity);
    this.shape = new Uint32Array(capacity);
    this.suffix = new Uint32Array(capacity * SUFFIXES);
    this.prefix = new Uint32Array(capacity * PREFIXES);
    this.flags = new Uint8Array(capacity);
    this.hint = new Uint32Array(capacity);
    this.coarse = new Uint16Array(capacity);
    this.fine = new Uint16Array(capacity);
  }
}

/** FNV-1a of `text` from `start`, with every ASCII digit read as 0. */
export function hashFolded(text: string, start = 0): number {
  let h = 0x811c9dc5;
  for (let i = start; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x31 && code <= 0x39) code = 0x30;
    h ^= code;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Word shape with runs cut at two: "McDonald" → "XxXx", "1,000" → "d,dd", "U.S." → "X.X.". */
function hashShape(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const kind = code >= 0x41 && code <= 0x5a ? 0x58 : code >= 0x61 && code <= 0x7a ? 0x78 : code >= 0x30 && code <= 0x39 ? 0x64
      : code < 0x80 ? code : isUpper(word[i]) ? 0x58 : 0x78;
    run = kind === last ? run + 1 : 1;
    last = kind;
    if (run > 2) continue;
    h ^= kind;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

function flagsOf(word: string): number {
  let flags = 0;
  let upper = 0;
  let letters = 0;
  let alphanumeric = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39 || code >= 0x41 && code <= 0x5a || code >= 0x61 && code <= 0x7a || code >= 0x80) alphanumeric = true;
    if (code >= 0x30 && code <= 0x39) flags |= WordFlag.hasDigit;
    else if (code === 0x2d) flags |= WordFlag.hasHyphen;
    else if (code >= 0x41 && code <= 0x5a) {
      upper++;
      letters++;
    } else if (code >= 0x61 && code <= 0x7a) letters++;
  }
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a || first >= 0x80 && isUpper(word[0])) flags |= WordFlag.capitalized;
  if (letters > 1 && upper === letters) flags |= WordFlag.allCaps;
  if (!alphanumeric) flags |= WordFlag.punct;
  return flags;
}
