// The tagger's features for word i, given the two tags it chose before (greedy, left to right):
// the word and its neighbours, affixes and shape for words it never saw, and the tag history.
import { featureKey } from './feature-hash.js';
import type { WordAtoms } from './word-atoms.js';

/** Atom for a position outside the sentence. */
const EDGE = 0x7fffffff;

/** The most features one word gets; callers size their key buffers with it. */
export const MAX_TAGGER_FEATURES = 58;

/**
 * What a second pass knows that the first did not: the first pass's tags of the whole sentence,
 * right of the word too, and whether a finite verb stands elsewhere in it ("The US imposed
 * sanctions." has none but "imposed", which is then no participle).
 */
export interface FirstPass {
  tags: Uint8Array;
  /** 1 for the tag ids of finite verbs (VBD, VBZ, VBP, MD). */
  finite: Uint8Array;
  /** How many of `tags` are finite verbs. */
  finiteCount: number;
}

export function taggerFeatures(atoms: WordAtoms, i: number, previous: number, beforePrevious: number, keys: Uint32Array, first: FirstPass | null = null): number {
  const n = atoms.length;
  const w = atoms.lower[i];
  const wPrev = i > 0 ? atoms.lower[i - 1] : EDGE;
  const wPrev2 = i > 1 ? atoms.lower[i - 2] : EDGE;
  const wNext = i + 1 < n ? atoms.lower[i + 1] : EDGE;
  const wNext2 = i + 2 < n ? atoms.lower[i + 2] : EDGE;
  let k = 0;
  keys[k++] = featureKey(0, 0);
  keys[k++] = featureKey(1, w);
  keys[k++] = featureKey(2, atoms.cased[i]);
  keys[k++] = featureKey(3, wPrev);
  keys[k++] = featureKey(4, wNext);
  keys[k++] = featureKey(5, wPrev2);
  keys[k++] = featureKey(6, wNext2);
  for (let size = 1; size <= 4; size++) keys[k++] = featureKey(6 + size, atoms.suffixOf(i, size));
  for (let size = 1; size <= 3; size++) keys[k++] = featureKey(10 + size, atoms.prefixOf(i, size));
  keys[k++] = featureKey(14, atoms.shape[i]);
  keys[k++] = featureKey(15, i > 0 ? atoms.shape[i - 1] : EDGE);
  keys[k++] = featureKey(16, i + 1 < n ? atoms.shape[i + 1] : EDGE);
  keys[k++] = featureKey(17, atoms.flags[i]);
  keys[k++] = featureKey(18, previous);
  keys[k++] = featureKey(19, beforePrevious, previous);
  keys[k++] = featureKey(20, previous, w);
  keys[k++] = featureKey(21, previous, wNext);
  keys[k++] = featureKey(22, wPrev, w);
  keys[k++] = featureKey(23, w, wNext);
  keys[k++] = featureKey(24, i > 0 ? atoms.suffixOf(i - 1, 3) : EDGE);
  keys[k++] = featureKey(25, i + 1 < n ? atoms.suffixOf(i + 1, 3) : EDGE);
  keys[k++] = featureKey(26, previous, atoms.suffixOf(i, 3));
  keys[k++] = featureKey(27, wNext, wNext2);
  keys[k++] = featureKey(28, atoms.flags[i], atoms.suffixOf(i, 2));
  // Clusters speak for words the treebanks never show.
  keys[k++] = featureKey(29, atoms.fine[i]);
  keys[k++] = featureKey(30, atoms.coarse[i]);
  keys[k++] = featureKey(31, i > 0 ? atoms.fine[i - 1] : EDGE);
  keys[k++] = featureKey(32, i + 1 < n ? atoms.fine[i + 1] : EDGE);
  keys[k++] = featureKey(33, previous, atoms.fine[i]);
  keys[k++] = featureKey(34, atoms.fine[i], atoms.suffixOf(i, 2));
  // In a headline every word is capitalized, so capitals say less about proper nouns.
  keys[k++] = featureKey(35, atoms.flags[i], w);
  keys[k++] = featureKey(36, i > 1 ? atoms.fine[i - 2] : EDGE, i > 0 ? atoms.fine[i - 1] : EDGE);
  keys[k++] = featureKey(37, i + 1 < n ? atoms.fine[i + 1] : EDGE, i + 2 < n ? atoms.fine[i + 2] : EDGE);
  keys[k++] = featureKey(38, wPrev, atoms.suffixOf(i, 3));
  // wink-nlp's tag, from a model trained on other text with a lexicon of its own: it knows news
  // words the treebanks lack ("Beijing", "imposed"), and is wrong in other places than ours.
  const hint = atoms.hint[i];
  keys[k++] = featureKey(50, hint);
  keys[k++] = featureKey(51, hint, w);
  keys[k++] = featureKey(52, hint, atoms.suffixOf(i, 2));
  keys[k++] = featureKey(53, hint, previous);
  keys[k++] = featureKey(54, i > 0 ? atoms.hint[i - 1] : EDGE, hint, i + 1 < n ? atoms.hint[i + 1] : EDGE);
  if (first === null) return k;
  const own = first.tags[i];
  const next = i + 1 < n ? first.tags[i + 1] : NO_TAG;
  const next2 = i + 2 < n ? first.tags[i + 2] : NO_TAG;
  const elsewhere = first.finiteCount - first.finite[own] > 0 ? 1 : 0;
  keys[k++] = featureKey(40, own);
  keys[k++] = featureKey(41, next);
  keys[k++] = featureKey(42, next, next2);
  keys[k++] = featureKey(43, previous, next);
  keys[k++] = featureKey(44, next, w);
  keys[k++] = featureKey(45, elsewhere, atoms.suffixOf(i, 2));
  keys[k++] = featureKey(46, elsewhere, own);
  keys[k++] = featureKey(47, elsewhere, own, next);
  return k;
}

/** The tag-history atom before the first word. */
export const NO_TAG = 0xfffe;
