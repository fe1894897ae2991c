// The parser's features for one state: words and tags of the stack's top three, the buffer's
// first three and their outermost children, the labels those children were given, distances
// and valencies (after Zhang and Nivre 2011, fitted to arc-hybrid's positions).
import { featureKey } from './feature-hash.js';
import type { ParseState } from './parse-state.js';

/** Atoms of the words of one sentence, plus the root at index n. */
export interface SentenceAtoms {
  /** Lower-case form hashes. */
  word: Uint32Array;
  /** Tag ids. */
  tag: Uint16Array;
  /** Fine word clusters (0: none). */
  cluster: Uint16Array;
  /** Hash of each word's last three letters. */
  suffix: Uint32Array;
  /** Punctuation marks before each word, to count those between two words. */
  punctBefore: Int32Array;
}

/** Word and tag atoms of the root and of an empty position. */
export const ROOT_WORD = 0x7ffffffe;
export const ROOT_TAG = 0xfffd;
const NONE = 0xffff;

export const MAX_PARSER_FEATURES = 112;

function distance(a: number, b: number): number {
  if (a < 0 || b < 0) return NONE;
  const d = Math.abs(a - b);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

// Atoms of a position, NONE when the position is empty (-1). Module functions, not closures, so
// that nothing is allocated per state and the compiler inlines them.
const wordAt = (atoms: SentenceAtoms, i: number) => (i < 0 ? NONE : atoms.word[i]);
const tagAt = (atoms: SentenceAtoms, i: number) => (i < 0 ? NONE : atoms.tag[i]);
const clusterAt = (atoms: SentenceAtoms, i: number) => (i < 0 ? NONE : atoms.cluster[i]);
const suffixAt = (atoms: SentenceAtoms, i: number, n: number) => (i < 0 || i >= n ? NONE : atoms.suffix[i]);
const labelAt = (state: ParseState, i: number) => (i < 0 ? NONE : state.label[i]);
const child = (list: Int32Array, i: number) => (i < 0 ? -1 : list[i]);
const countAt = (list: Int32Array, i: number) => (i < 0 ? NONE : list[i]);

export function parserFeatures(atoms: SentenceAtoms, state: ParseState, keys: Uint32Array): number {
  const s0 = state.s(0), s1 = state.s(1), s2 = state.s(2);
  const b0 = state.b(0), b1 = state.b(1), b2 = state.b(2);
  const s0w = wordAt(atoms, s0), s0t = tagAt(atoms, s0), s1w = wordAt(atoms, s1), s1t = tagAt(atoms, s1), s2t = tagAt(atoms, s2);
  const b0w = wordAt(atoms, b0), b0t = tagAt(atoms, b0), b1w = wordAt(atoms, b1), b1t = tagAt(atoms, b1), b2t = tagAt(atoms, b2);
  const s0L = child(state.leftmost, s0), s0L2 = child(state.leftmost2, s0);
  const s0R = child(state.rightmost, s0), s0R2 = child(state.rightmost2, s0);
  const s1L = child(state.leftmost, s1), s1R = child(state.rightmost, s1), s1R2 = child(state.rightmost2, s1);
  const b0L = child(state.leftmost, b0), b0L2 = child(state.leftmost2, b0);
  const dS0B0 = distance(s0, b0);
  const dS1S0 = distance(s1, s0);
  const s0vl = countAt(state.leftCount, s0);
  const s0vr = countAt(state.rightCount, s0);
  const b0vl = countAt(state.leftCount, b0);
  const s1vr = countAt(state.rightCount, s1);
  // The words next to the stack's top and before the buffer's front, which may lie between them.
  const s0next = s0 < 0 ? NONE : tagAt(atoms, s0 + 1 < state.n ? s0 + 1 : -1);
  const b0prev = b0 <= 0 ? NONE : tagAt(atoms, b0 - 1);

  let k = 0;
  // Single positions.
  keys[k++] = featureKey(100, s0w);
  keys[k++] = featureKey(101, s0t);
  keys[k++] = featureKey(102, s0w, s0t);
  keys[k++] = featureKey(103, b0w);
  keys[k++] = featureKey(104, b0t);
  keys[k++] = featureKey(105, b0w, b0t);
  keys[k++] = featureKey(106, b1w);
  keys[k++] = featureKey(107, b1t);
  keys[k++] = featureKey(108, b1w, b1t);
  keys[k++] = featureKey(109, b2t);
  keys[k++] = featureKey(110, s1w);
  keys[k++] = featureKey(111, s1t);
  keys[k++] = featureKey(112, s1w, s1t);
  keys[k++] = featureKey(113, s2t);
  // Pairs: the two arcs a state can add are s0–b0 (left) and s1–s0 (right).
  keys[k++] = featureKey(120, s0w, s0t, b0w);
  keys[k++] = featureKey(121, s0w, s0t, b0t);
  keys[k++] = featureKey(122, s0w, b0w, b0t);
  keys[k++] = featureKey(123, s0t, b0w, b0t);
  keys[k++] = featureKey(124, s0w, b0w);
  keys[k++] = featureKey(125, s0t, b0t);
  keys[k++] = featureKey(126, b0t, b1t);
  keys[k++] = featureKey(127, s1w, s1t, s0w);
  keys[k++] = featureKey(128, s1w, s1t, s0t);
  keys[k++] = featureKey(129, s1w, s0w, s0t);
  keys[k++] = featureKey(130, s1t, s0w, s0t);
  keys[k++] = featureKey(131, s1w, s0w);
  keys[k++] = featureKey(132, s1t, s0t);
  // Tag trigrams.
  keys[k++] = featureKey(140, b0t, b1t, b2t);
  keys[k++] = featureKey(141, s0t, b0t, b1t);
  keys[k++] = featureKey(142, s1t, s0t, b0t);
  keys[k++] = featureKey(143, s2t, s1t, s0t);
  keys[k++] = featureKey(144, s1t, s0t, b1t);
  keys[k++] = featureKey(145, s0t, s0next, b0t);
  keys[k++] = featureKey(146, s0t, b0prev, b0t);
  // Distances.
  keys[k++] = featureKey(150, s0w, dS0B0);
  keys[k++] = featureKey(151, s0t, dS0B0);
  keys[k++] = featureKey(152, b0w, dS0B0);
  keys[k++] = featureKey(153, b0t, dS0B0);
  keys[k++] = featureKey(154, s0t, b0t, dS0B0);
  keys[k++] = featureKey(155, s1t, s0t, dS1S0);
  // Valencies.
  keys[k++] = featureKey(160, s0w, s0vl);
  keys[k++] = featureKey(161, s0t, s0vl);
  keys[k++] = featureKey(162, s0w, s0vr);
  keys[k++] = featureKey(163, s0t, s0vr);
  keys[k++] = featureKey(164, b0w, b0vl);
  keys[k++] = featureKey(165, b0t, b0vl);
  keys[k++] = featureKey(166, s1t, s1vr);
  // Children: words, tags and the labels they were given.
  keys[k++] = featureKey(170, wordAt(atoms, s0L));
  keys[k++] = featureKey(171, tagAt(atoms, s0L), labelAt(state, s0L));
  keys[k++] = featureKey(172, wordAt(atoms, s0R));
  keys[k++] = featureKey(173, tagAt(atoms, s0R), labelAt(state, s0R));
  keys[k++] = featureKey(174, wordAt(atoms, b0L));
  keys[k++] = featureKey(175, tagAt(atoms, b0L), labelAt(state, b0L));
  keys[k++] = featureKey(176, wordAt(atoms, s1R));
  keys[k++] = featureKey(177, tagAt(atoms, s1R), labelAt(state, s1R));
  keys[k++] = featureKey(178, tagAt(atoms, s1L), labelAt(state, s1L));
  keys[k++] = featureKey(179, tagAt(atoms, s0L2), labelAt(state, s0L2));
  keys[k++] = featureKey(180, tagAt(atoms, s0R2), labelAt(state, s0R2));
  keys[k++] = featureKey(181, tagAt(atoms, b0L2), labelAt(state, b0L2));
  keys[k++] = featureKey(182, tagAt(atoms, s1R2), labelAt(state, s1R2));
  // Children in context.
  keys[k++] = featureKey(190, s0t, tagAt(atoms, s0L), tagAt(atoms, s0L2));
  keys[k++] = featureKey(191, s0t, tagAt(atoms, s0R), tagAt(atoms, s0R2));
  keys[k++] = featureKey(192, b0t, tagAt(atoms, b0L), tagAt(atoms, b0L2));
  keys[k++] = featureKey(193, s1t, tagAt(atoms, s1R), tagAt(atoms, s1R2));
  keys[k++] = featureKey(194, s0t, b0t, tagAt(atoms, s0L));
  keys[k++] = featureKey(195, s0t, b0t, tagAt(atoms, s0R));
  keys[k++] = featureKey(196, s0t, b0t, tagAt(atoms, b0L));
  keys[k++] = featureKey(197, s1t, s0t, tagAt(atoms, s1R));
  keys[k++] = featureKey(198, s1t, s0t, tagAt(atoms, s0L));
  keys[k++] = featureKey(201, s0t, labelAt(state, s0L), labelAt(state, s0R));
  keys[k++] = featureKey(202, b0t, labelAt(state, b0L), labelAt(state, b0L2));
  // Clusters in place of words the treebanks rarely show.
  const s0c = clusterAt(atoms, s0), b0c = clusterAt(atoms, b0), s1c = clusterAt(atoms, s1), b1c = clusterAt(atoms, b1);
  keys[k++] = featureKey(210, s0c, s0t);
  keys[k++] = featureKey(211, b0c, b0t);
  keys[k++] = featureKey(212, s1c, s1t);
  keys[k++] = featureKey(213, b1c, b1t);
  keys[k++] = featureKey(214, s0c, b0c);
  keys[k++] = featureKey(215, s0c, s0t, b0t);
  keys[k++] = featureKey(216, s0t, b0c, b0t);
  keys[k++] = featureKey(217, s1c, s1t, s0t);
  keys[k++] = featureKey(218, s1t, s0c, s0t);
  keys[k++] = featureKey(220, s0c, b0t, dS0B0);
  // Endings ("-ed", "-ing", "-ly") where a predicted tag may be wrong.
  keys[k++] = featureKey(230, suffixAt(atoms, s0, state.n), s0t, b0t);
  keys[k++] = featureKey(231, s0t, suffixAt(atoms, b0, state.n), b0t);
  keys[k++] = featureKey(232, suffixAt(atoms, b1, state.n), b0t);
  keys[k++] = featureKey(233, suffixAt(atoms, s1, state.n), s1t, s0t);
  // Punctuation between the two words an arc could join: a comma or a dash usually closes a phrase.
  const between = s0 < 0 || b0 < 0 ? NONE : Math.min(3, atoms.punctBefore[b0] - atoms.punctBefore[s0 + 1]);
  const betweenS1 = s1 < 0 ? NONE : Math.min(3, atoms.punctBefore[s0] - atoms.punctBefore[s1 + 1]);
  keys[k++] = featureKey(234, s0t, b0t, between);
  keys[k++] = featureKey(235, s1t, s0t, betweenS1);
  // The labels a head has taken so far (a second subject is unlikely).
  keys[k++] = featureKey(240, s0t, countAt(state.leftLabels, s0));
  keys[k++] = featureKey(241, s0t, countAt(state.rightLabels, s0));
  keys[k++] = featureKey(242, b0t, countAt(state.leftLabels, b0));
  keys[k++] = featureKey(243, s1t, countAt(state.rightLabels, s1));
  keys[k++] = featureKey(244, s0w, countAt(state.leftLabels, s0), countAt(state.rightLabels, s0));
  return k;
}
