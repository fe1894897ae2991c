// Where the words that can begin a time expression stand in a text, found in one pass over
// it: a parser then tries its regular expression only at those offsets instead of searching
// the whole text, and skips a text that lacks every word its expressions must contain.
//
// A word is a maximal run of ASCII letters and digits, compared in lower case. That is exact
// for case-insensitive patterns whose letters are ASCII, provided the text has no ſ (U+017F)
// or K (U+212A): the only characters besides ASCII ones that such a pattern's letters match
// under the Unicode flag. A text with either gets no index and is searched everywhere.

/** What the matches of one pattern are known to begin with and to contain. */
export interface WordCues {
  /** Every match begins with one of these words (lower case, ASCII letters and digits)… */
  starts?: readonly string[];
  /** …or with a word that begins with one of these… */
  prefixes?: readonly string[];
  /** …or with a word that begins with a digit… */
  digits?: boolean;
  /** …or with one of these characters (neither ASCII letters nor digits). */
  marks?: string;
  /** Every match contains one of these words: a text without any of them has no match. */
  requires?: readonly string[];
}

/** A cue is a word, a prefix, a mark or "a word that begins with a digit", by id. */
const cueIds = new Map<string, number>();
const DIGITS = cue('digits');

/** One trie over every registered word and prefix: child node at [node * 36 + class], -1 for none. */
let children = new Int32Array(36 * 256).fill(-1);
/** Cue id of the word that ends at each node, and of the prefix that does; -1 for none. */
let wordAt = new Int32Array(256).fill(-1);
let prefixAt = new Int32Array(256).fill(-1);
let nodes = 1;
/** Cue id of each registered mark, by character code; -1 for none. */
const markAt = new Int32Array(65536).fill(-1);

/** 0–25 for a–z and A–Z, 26–35 for 0–9, -1 for every other code below 128. */
const CLASS = new Int8Array(128).fill(-1);
for (let code = 0; code < 26; code++) {
  CLASS[97 + code] = code;
  CLASS[65 + code] = code;
}
for (let digit = 0; digit < 10; digit++) CLASS[48 + digit] = 26 + digit;
/** CLASS over every UTF-16 code: one load per character in the scan. */
const CLASS_OF = new Int8Array(65536).fill(-1);
CLASS_OF.set(CLASS);

function cue(key: string): number {
  let id = cueIds.get(key);
  if (id === undefined) {
    id = cueIds.size;
    cueIds.set(key, id);
  }
  return id;
}

/** The trie node of `word`, added if new. */
function nodeOf(word: string): number {
  if (!/^[a-z0-9]+$/.test(word)) throw new Error(`not a word of lower-case ASCII letters and digits: "${word}"`);
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = node * 36 + CLASS[word.charCodeAt(i)];
    if (children[slot] < 0) {
      if (nodes === wordAt.length) grow();
      children[slot] = nodes++;
    }
    node = children[slot];
  }
  return node;
}

function grow(): void {
  const size = wordAt.length * 2;
  const grown = (from: Int32Array, length: number) => {
    const to = new Int32Array(length).fill(-1);
    to.set(from);
    return to;
  };
  children = grown(children, size * 36);
  wordAt = grown(wordAt, size);
  prefixAt = grown(prefixAt, size);
}

function registerWord(word: string): number {
  const id = cue(`word:${word}`);
  // nodeOf first: it may grow the arrays, and `wordAt[nodeOf(word)]` would write to the old one.
  const node = nodeOf(word);
  wordAt[node] = id;
  return id;
}

function registerPrefix(prefix: string): number {
  const id = cue(`prefix:${prefix}`);
  const node = nodeOf(prefix);
  prefixAt[node] = id;
  return id;
}

function registerMark(mark: string): number {
  const code = mark.charCodeAt(0);
  if (mark.length !== 1 || (code < 128 && CLASS[code] >= 0)) throw new Error(`not a mark: "${mark}"`);
  const id = cue(`mark:${mark}`);
  markAt[code] = id;
  return id;
}

/** Offsets of each cue in a text, by cue id (undefined where the text has none), in text order. */
export type WordIndex = (number[] | undefined)[];

/** The index of `text`; null when the text has a character that case-folds to an ASCII letter. */
export function indexWords(text: string): WordIndex | null {
  const index: WordIndex = [];
  const record = (id: number, offset: number) => {
    const list = index[id];
    if (list) list.push(offset);
    else index[id] = [offset];
  };
  // Locals: the hot loop then reads no module bindings.
  const [child, words, prefixes, marks] = [children, wordAt, prefixAt, markAt];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let cls = CLASS_OF[code];
    if (cls < 0) {
      if (code === 0x17f || code === 0x212a) return null;
      if (marks[code] >= 0) record(marks[code], i);
      i++;
      continue;
    }
    const start = i;
    if (cls >= 26) record(DIGITS, start);
    let node = child[cls];
    while (node >= 0) {
      if (prefixes[node] >= 0) record(prefixes[node], start);
      code = text.charCodeAt(++i);
      cls = i < length ? CLASS_OF[code] : -1;
      if (cls < 0) break;
      node = child[node * 36 + cls];
    }
    if (node >= 0) {
      if (words[node] >= 0) record(words[node], start);
      continue;
    }
    // Not a registered word: skip to its end.
    do cls = ++i < length ? CLASS_OF[text.charCodeAt(i)] : -1;
    while (cls >= 0);
  }
  return index;
}

/** The last text indexed: every parser of one text reads the same index. */
let last: { text: string; cues: number; index: WordIndex | null } | null = null;

function indexFor(text: string): WordIndex | null {
  // Rebuilt when a parser registered cues since: the old index lacks them.
  if (last?.text !== text || last.cues !== cueIds.size) last = { text, cues: cueIds.size, index: indexWords(text) };
  return last.index;
}

/**
 * The offsets of `text` at which a pattern with these cues can begin a match, ascending and
 * each once; null when the text has no index (search it everywhere). The array is the
 * index's own where one cue has them all: read it, never change it.
 */
export function startFinder(cues: WordCues): (text: string) => readonly number[] | null {
  const ids = [
    ...(cues.starts ?? []).map(registerWord),
    ...(cues.prefixes ?? []).map(registerPrefix),
    ...[...(cues.marks ?? '')].map(registerMark),
    ...(cues.digits ? [DIGITS] : []),
  ];
  const requires = cues.requires?.map(registerWord);
  return (text) => {
    const index = indexFor(text);
    if (!index) return null;
    if (requires && !requires.some((id) => index[id])) return NONE;
    let offsets: readonly number[] = NONE;
    for (const id of ids) {
      const list = index[id];
      if (list) offsets = offsets === NONE ? list : merge(offsets, list);
    }
    return offsets;
  };
}

const NONE: readonly number[] = [];

/** Two ascending lists as one, each offset once (a word can be a start and a prefix at once). */
function merge(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The words of `phrases` as a word index reads them ("valentine's day": valentine, s, day). */
export function wordsOf(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].flatMap((phrase) => phrase.toLowerCase().match(/[a-z0-9]+/g) ?? []))];
}

/** The first word of each of `phrases` ("new year's eve": new). */
export function firstWordsOf(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].map((phrase) => wordsOf([phrase])[0]))];
}
